/**
 * The ESPF webhook decoder: checks the credentials of a webhook request from PortaBilling and turns
 * its body into an {@link dev.iptvbridge.application.port.in.AcceptEventCommand}, or into a
 * {@link dev.iptvbridge.portabilling.espf.Rejection} with the HTTP status to answer. Free of any
 * HTTP framework: the web layer passes headers and body and writes the status it is told.
 */
package dev.iptvbridge.portabilling.espf;
