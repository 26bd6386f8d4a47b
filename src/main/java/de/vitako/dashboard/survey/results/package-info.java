/**
 * A round's results: the members' submitted answers aggregated per question and segment, each cell with the number
 * of members it rests on, protected by statistical disclosure control, and taken into the draft as one import.
 */
@NamedInterface("results")
package de.vitako.dashboard.survey.results;

import org.springframework.modulith.NamedInterface;
