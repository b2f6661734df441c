package dev.iptvbridge.bootstrap.demo;

/** The commands printed by {@code sandbox}: they walk one account through its life while Minerva follows. */
public final class Walkthrough {

    private Walkthrough() {
    }

    public static String text(SandboxWorld world) {
        String pb = world.billing().baseUrl();
        String minerva = world.minerva().baseUrl();
        String bridge = "http://127.0.0.1:" + world.httpPort();
        String customer = "curl -s -u minerva:minerva-secret " + minerva + "/customers/1000889; echo";
        String update = "curl -s -X POST " + pb + "/rest/Account/update_account -H \"Authorization: Bearer $TOKEN\" "
                + "-H 'Content-Type: application/json' -d '{\"params\": {\"account_info\": {\"i_account\": 1000889, ";
        return String.join("\n",
                "",
                "IPTV Bridge sandbox is running.",
                "  bridge       " + bridge + "   (ESPF webhook " + bridge + "/espf/events, metrics " + bridge + "/metrics)",
                "  PortaBilling " + pb + "   (API under /rest, login bridge / bridge-secret)",
                "  Minerva      " + minerva + "   (Basic auth minerva / minerva-secret)",
                "  config       " + world.configFile() + "   (for: java -jar bootstrap/target/iptv-bridge.jar explain 1000889 --config ...)",
                "",
                "Walk account 1000889 (alice@tv.example, TV Basic + Sports pack) through its life; run in another terminal:",
                "",
                "  # 0. log in to PortaBilling once",
                "  TOKEN=$(curl -s -X POST " + pb + "/rest/Session/login -H 'Content-Type: application/json' "
                        + "-d '{\"params\": {\"login\": \"bridge\", \"password\": \"bridge-secret\"}}' "
                        + "| sed -E 's/.*\"access_token\": *\"([^\"]+)\".*/\\1/')",
                "  # 1. Minerva holds alice enabled with CH-BASIC and CH-SPORTS",
                "  " + customer,
                "  # 2. block the account in PortaBilling: within a second Minerva shows DISABLED, packages kept",
                "  " + update + "\"blocked\": \"Y\"}}}'; sleep 2; " + customer,
                "  # 3. unblock it: ENABLED again",
                "  " + update + "\"blocked\": \"N\"}}}'; sleep 2; " + customer,
                "  # 4. move it to TV Family (102): packages CALLER-ID, CH-BASIC, CH-KIDS, CH-SPORTS, SVOD-CATALOG and whole-home DVR",
                "  " + update + "\"i_product\": 102}}}'; sleep 2; " + customer,
                "  # 5. move it to Voice Only (103), a product without IPTV: kept but DISABLED",
                "  " + update + "\"i_product\": 103}}}'; sleep 2; " + customer,
                "  # 6. terminate it: the Minerva customer is deleted (404)",
                "  curl -s -X POST " + pb + "/rest/Account/terminate_account -H \"Authorization: Bearer $TOKEN\" "
                        + "-H 'Content-Type: application/json' -d '{\"params\": {\"i_account\": 1000889}}'; sleep 2; " + customer,
                "  # at any time: what the bridge thinks, and why",
                "  curl -s -u admin:admin-secret " + bridge + "/accounts/1000889",
                "",
                "Press Ctrl-C to stop.",
                "");
    }
}
