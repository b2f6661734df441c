/** The business of keeping Minerva in step with PortaBilling, in plain Java with no dependency. */
package dev.iptvbridge.domain;
