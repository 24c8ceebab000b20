package org.jixiao.store;

import java.time.Instant;

/**
 * Someone else who has an evaluation open in an editor ({@link EvaluationStore#announce}).
 *
 * @param user who: the account on a served store, else the name the editor gave
 * @param host the machine the editor runs on, or {@code null} when it is unknown
 * @param openedAt when the editor opened the evaluation, by the database's clock
 * @param seenAt when the editor last announced itself, by the database's clock
 */
public record OpenEditor(String user, String host, Instant openedAt, Instant seenAt) {
}
