package org.innovationbridge.matching.cooperation.rest;

import org.innovationbridge.matching.cooperation.domain.Connection;
import org.innovationbridge.matching.cooperation.domain.ConnectionMessage;
import org.innovationbridge.matching.cooperation.service.ConnectionService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One message, its author named as one of the two sides; readByOther once the other side has opened the thread. */
public record MessageView(UUID id, ConnectionView.Organisation author, String text, OffsetDateTime sentAt,
                          boolean readByOther) {

    /** A thread page: the messages, oldest first, and how many of the other side's the caller has not read. */
    public record Thread(List<MessageView> items, long unread) {
        static Thread of(Connection connection, ConnectionService.Thread thread) {
            return new Thread(thread.items().stream().map(m -> MessageView.of(connection, m)).toList(), thread.unread());
        }
    }

    static MessageView of(Connection c, ConnectionMessage m) {
        boolean byRequester = m.authorId.equals(c.requesterId);
        return new MessageView(m.id, byRequester
                ? new ConnectionView.Organisation(c.requesterType, c.requesterId, c.requesterName)
                : new ConnectionView.Organisation(c.receiverType, c.receiverId, c.receiverName),
                m.text, m.sentAt, m.readAt != null);
    }
}
