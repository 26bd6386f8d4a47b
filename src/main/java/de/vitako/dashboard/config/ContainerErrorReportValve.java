package de.vitako.dashboard.config;

import java.io.IOException;
import java.io.Writer;

import de.vitako.dashboard.shared.SecurityHeaders;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * The answer to a request that Tomcat refuses before the application sees it (a malformed request line, broken
 * percent-encoding in the address): a short page in German and English with the security headers, instead of
 * Tomcat's own report. Installed as the host's error report valve, so it must be public.
 */
public class ContainerErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		SecurityHeaders.applyIfMissing(response);
		response.setHeader("Cache-Control", "no-store");
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write("""
						<!DOCTYPE html>
						<html lang="de"><head><meta charset="utf-8"><title>Fehler %1$d – Error %1$d</title></head>
						<body><main><h1>Ungültige Anfrage (Fehler %1$d)</h1>
						<p>Die Anfrage war fehlerhaft und wurde nicht bearbeitet; es wurde nichts gespeichert.</p>
						<p lang="en">Bad request (error %1$d): the request was malformed and was not processed.</p>
						<p><a href="/">Zur Übersicht – Overview</a></p></main></body></html>
						""".formatted(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client has gone: nothing more to say
		}
	}

}
