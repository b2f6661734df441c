/**
 * Provisioning: the Minerva customer an account calls for (desired), the one Minerva holds
 * (observed), the minimal plan between them and the lifecycle transition it amounts to.
 */
package dev.iptvbridge.domain.provisioning;
