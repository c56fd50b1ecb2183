package org.vigil.outbound;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real resolver seam for tests: answers each name from a script, one answer per call of that name (the last
 * repeats), and counts the calls; a name not in the script does not resolve.
 */
public final class ScriptedResolver implements Resolver {
    private final Map<String, List<String>> answers;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public ScriptedResolver(Map<String, List<String>> answers) {
        this.answers = answers;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        List<String> script = answers.get(host);
        if (script == null) throw new UnknownHostException(host);
        int call = calls.computeIfAbsent(host, h -> new AtomicInteger()).getAndIncrement();
        return new InetAddress[] {InetAddress.getByName(script.get(Math.min(call, script.size() - 1)))};
    }

    /** How many times any name was looked up. */
    public int calls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** How many times {@code host} was looked up. */
    public int calls(String host) {
        return calls.getOrDefault(host, new AtomicInteger()).get();
    }
}
