/**
 * For process owners: the reference of the deployed processes (every step, who does it, timers,
 * notifications, scores) and the migration of running instances to a newly deployed version.
 */
package vn.plancycle.modeling;
