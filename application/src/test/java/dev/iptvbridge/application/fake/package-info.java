/** In-memory fakes of the outbound ports and a clock that tests move, for the use-case tests. */
package dev.iptvbridge.application.fake;
