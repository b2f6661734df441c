/** Inbound ports: one use case interface per thing a user or a webhook asks of the bridge. */
package dev.iptvbridge.application.port.in;
