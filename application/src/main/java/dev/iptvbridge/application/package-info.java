/** Use cases of the bridge and the ports they drive; knows only the domain and jakarta.inject. */
package dev.iptvbridge.application;
