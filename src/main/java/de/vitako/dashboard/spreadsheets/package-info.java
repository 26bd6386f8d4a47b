/**
 * Uploaded spreadsheets read safely: an Excel workbook ({@code .xlsx}, streamed, with limits against zip bombs,
 * formulas and dates reported as problems) or a CSV file (its encoding and separator recognised, Excel's German
 * CSV included), as a {@link de.vitako.dashboard.spreadsheets.Sheet} of text cells. The figures' import and the
 * members' questionnaire upload both read through it, so a file is read by the same rules wherever it goes.
 */
@ApplicationModule(displayName = "Spreadsheets", allowedDependencies = {})
package de.vitako.dashboard.spreadsheets;

import org.springframework.modulith.ApplicationModule;
