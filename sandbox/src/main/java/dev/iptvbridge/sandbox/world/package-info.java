/**
 * Generated worlds shared by both simulators: a seed, a size and a share of each kind of drift
 * give the same accounts to PortaBilling and the matching (or drifted) customers to Minerva, and
 * the exact drift a comparison should report. Also the stable, seeded order in which both
 * simulators page their lists, which is deliberately not the order of ids.
 */
package dev.iptvbridge.sandbox.world;
