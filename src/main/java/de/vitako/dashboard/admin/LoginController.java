package de.vitako.dashboard.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletResponse response, Model model) {
		AdminSecurityConfiguration.noStore(response);
		model.addAttribute("loginPage", true);
		return "admin/login";
	}

}
