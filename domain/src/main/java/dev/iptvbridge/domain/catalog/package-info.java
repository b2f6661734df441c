/**
 * The operator's catalog: service packages (Minerva packages plus extra services) and which
 * PortaBilling products and add-ons carry them.
 */
package dev.iptvbridge.domain.catalog;
