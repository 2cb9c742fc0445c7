package org.innovationbridge.suites;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 exchange over a plain socket, for what {@link java.net.http.HttpClient} will not send: a
 * {@code Host} header of the caller's choosing, and a request from another local address (another client).
 */
final class RawHttp {
    record Answer(int status) {
    }

    private RawHttp() {
    }

    /** {@code host} null: the target's own; {@code jsonBody} null: no body. */
    static Answer send(InetAddress from, URI target, String method, String path, String host, String jsonBody)
            throws IOException {
        byte[] body = jsonBody == null ? new byte[0] : jsonBody.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(target.getHost(), target.getPort()), 5000);
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host == null ? target.getHost() + ":" + target.getPort() : host).append("\r\n")
                    .append("Connection: close\r\n");
            if (jsonBody != null) {
                head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (statusLine == null || statusLine.split(" ").length < 2) {
                throw new IOException("no HTTP status line from " + target + ": " + statusLine);
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]));
        }
    }
}
