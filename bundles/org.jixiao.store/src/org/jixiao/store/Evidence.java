package org.jixiao.store;

import java.time.Instant;

/**
 * One evidence file (佐证材料) kept in the store, without its content.
 *
 * @param id the file's id in the store
 * @param evaluationId the evaluation it belongs to
 * @param ownerUid the stable uid of the indicator row or ledger entry it is attached to
 * @param ownerPath that row's path when the file was attached (e.g. {@code 产出指标/数量指标/发展党员}),
 *            or {@code null} when none was given
 * @param fileName the file's name, without folders
 * @param mediaType its media type, e.g. {@code application/pdf}; {@code application/octet-stream}
 *            when unknown
 * @param size its size in bytes
 * @param sha256 the lower-case hexadecimal SHA-256 of its content
 * @param addedBy who attached it
 * @param addedAt when it was attached
 */
public record Evidence(long id, long evaluationId, String ownerUid, String ownerPath, String fileName, String mediaType, long size,
		String sha256, String addedBy, Instant addedAt) {
}
