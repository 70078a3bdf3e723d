package no.journeydiag.workshop.service;

import no.journeydiag.workshop.team.Anonymity;

/**
 * A team report with its released participants grouped as the report groups them (null below
 * the threshold), for the raw-data export.
 */
public record TeamData(Team team, Anonymity.Layout layout) {}
