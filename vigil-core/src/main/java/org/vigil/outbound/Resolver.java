package org.vigil.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Resolves a host name to its addresses; {@link #SYSTEM} asks the JDK (and so the system's DNS). */
@FunctionalInterface
public interface Resolver {
    Resolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
