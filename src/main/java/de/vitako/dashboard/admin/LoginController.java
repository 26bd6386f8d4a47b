package de.vitako.dashboard.admin;


import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page of the admin area; Spring Security checks what it sends.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("loginPage", true);
		return "admin/login";
	}

}
