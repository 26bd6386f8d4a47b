package de.vitako.dashboard.dashboard;

/**
 * A headline of the overview: the growth of a figure ("×14") or, where there is only one year, its total, under
 * the chart's own wording, with what was compared or what the total includes.
 *
 * @param value what the tile shows in large type: {@code ×14}, {@code +42 %} or {@code 196.900}
 * @param spoken the same as words for screen readers ({@code 14-fach}), which read "×" as a letter or not at all
 * @param title the metric's label, as its chart is titled
 * @param segment the segment the growth is of, or {@code null} for the whole metric
 * @param detail the years and figures compared, or what a total includes
 * @param slug the metric page the tile leads to
 */
record Tile(String value, String spoken, String title, String segment, String detail, String slug) {
}
