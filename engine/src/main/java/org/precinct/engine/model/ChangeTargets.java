package org.precinct.engine.model;

/**
 * The running processes a change's effects reach: rates, campaigns, benign flags, staff, load, red
 * teams.
 */
record ChangeTargets(
    TrafficControl traffic,
    CampaignLifecycle lifecycle,
    BenignTraffic benign,
    Staffing staffing,
    BackgroundLoad background,
    RedTeam redTeam) {}
