package dev.iptvbridge.embedded.internal.worker.archviolation;

import dev.iptvbridge.embedded.IptvBridgeHost;
import dev.iptvbridge.embedded.internal.espf.EspfIntake;

/** Breaks the worker room and face-on-top rules on purpose. */
public final class WorkerThatCallsTheFace {

    void run(IptvBridgeHost host, EspfIntake intake) {
        host.health();
        intake.stopAccepting();
    }
}
