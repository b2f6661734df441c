/** The services that implement the use cases over the outbound ports. */
package dev.iptvbridge.application.service;
