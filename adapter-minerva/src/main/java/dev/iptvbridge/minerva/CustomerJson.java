package dev.iptvbridge.minerva;

import java.util.List;

/** A customer as Minerva answers it; fields the bridge does not use (maxDevices, timestamps) are ignored. */
record CustomerJson(String externalId, String login, String name, String status, List<String> packages,
                    Boolean wholeHomeDvr) {
}
