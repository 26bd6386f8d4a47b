package de.vitako.dashboard.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's nginx with the site of {@code deploy/nginx.conf}, its upstream pointed at a test instance. Without
 * nginx installed the test is skipped with a message, except on CI ({@code CI=true}), where it fails.
 */
public final class Nginx implements AutoCloseable {

	private final Process process;

	private final int port;

	private Nginx(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	public static Nginx inFrontOf(int appPort, Path workDir) throws IOException, InterruptedException {
		Path binary = Path.of("/usr/sbin/nginx");
		if (!Files.isExecutable(binary)) {
			String message = "No nginx at " + binary + ": apt-get install nginx";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message);
			}
			Assumptions.abort(message);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String site = Files.readString(Path.of("deploy/nginx.conf"))
			.replaceAll("(?m)^\\s*server app\\d:8080[^;]*;\\n", "")
			.replace("upstream dashboard {", "upstream dashboard {\n    server 127.0.0.1:" + appPort + ";")
			.replace("listen 8080", "listen 127.0.0.1:" + port)
			.replace("${VITAKO_SERVER_NAME}", "localhost")
			.replace("/var/cache/nginx/vitako", workDir.resolve("cache").toString());
		Files.createDirectories(workDir.resolve("logs"));
		Files.writeString(workDir.resolve("nginx.conf"), """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/logs/error.log warn;
				events { worker_connections 64; }
				http {
				    access_log off;
				    client_body_temp_path %1$s/body;
				    proxy_temp_path %1$s/proxy;
				    fastcgi_temp_path %1$s/fastcgi;
				    uwsgi_temp_path %1$s/uwsgi;
				    scgi_temp_path %1$s/scgi;
				%2$s
				}
				""".formatted(workDir, site));
		Process process = new ProcessBuilder(List.of(binary.toString(), "-p", workDir.toString(), "-c",
				workDir.resolve("nginx.conf").toString(), "-g", "user " + System.getProperty("user.name") + ";"))
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("logs/stdout.log").toFile())
			.start();
		Nginx nginx = new Nginx(process, port);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!nginx.listening()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				nginx.close();
				throw new IllegalStateException("nginx did not start: " + Files.readString(workDir.resolve("logs/stdout.log"))
						+ Files.readString(workDir.resolve("logs/error.log")));
			}
			Thread.sleep(50);
		}
		return nginx;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private boolean listening() {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

}
