package dev.iptvbridge.bootstrap.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection that posts JSON bodies and reads each answer before the next, as one of
 * PortaBilling's parallel deliveries does. The benchmark's own client: in the same JVM as the bridge,
 * the JDK's HTTP client would spend several times the CPU the bridge spends on a request, and the
 * figure would measure the client. It reads the status, the headers it needs and the body; nothing more.
 */
final class KeepAlivePoster implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final byte[] head;

    KeepAlivePoster(URI uri, String authorization) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        head = ("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAuthorization: " + authorization + "\r\nContent-Type: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Posts {@code body} and returns the answer's status once its body is read. */
    int post(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        byte[] request = new byte[head.length + 16 + bytes.length];
        System.arraycopy(head, 0, request, 0, head.length);
        byte[] length = (bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(length, 0, request, head.length, length.length);
        System.arraycopy(bytes, 0, request, head.length + length.length, bytes.length);
        out.write(request, 0, head.length + length.length + bytes.length);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: '" + status + "'");
        }
        long contentLength = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().trim(), 16); size > 0; size = Long.parseLong(line().trim(), 16)) {
                skip(size);
                line();
            }
            line();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            throw new IOException("an answer without Content-Length on a kept-alive connection");
        }
        return Integer.parseInt(status.substring(9, 12));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void skip(long count) throws IOException {
        for (long left = count; left > 0; left--) {
            if (in.read() < 0) {
                throw new IOException("the server closed the connection inside a body");
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
