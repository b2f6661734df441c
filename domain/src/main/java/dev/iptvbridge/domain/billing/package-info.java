/** What PortaBilling knows: accounts, their products and add-ons, and the customers that own them. */
package dev.iptvbridge.domain.billing;
