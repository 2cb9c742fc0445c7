package org.innovationbridge.gateway.routing;

import java.net.URI;

/** A service behind the gateway: its name (as problem details report it), its address and its circuit. */
record Upstream(String name, URI address, Circuit circuit) {
}
