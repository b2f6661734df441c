/** The sandbox: the bridge on its embedded defaults, with both simulators in the same process. */
package dev.iptvbridge.bootstrap.demo;
