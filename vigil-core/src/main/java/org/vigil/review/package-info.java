/**
 * How analysts make the data better: accounts with roles ({@link org.vigil.review.Accounts}, Argon2id
 * passwords, sessions with a CSRF token), star ratings of articles and Admiralty reliability grades of
 * outlets ({@link org.vigil.review.Ratings}, {@link org.vigil.review.SourceGrades}), threaded comments
 * on articles and incidents ({@link org.vigil.review.Comments}), notes anchored to a passage the way the
 * W3C Web Annotation model anchors them ({@link org.vigil.review.TextAnchor}, {@link org.vigil.review.Notes}),
 * corrections of extracted fields with their history ({@link org.vigil.review.Corrections}), written into
 * the incidents' stored columns in the transaction that saves them, laid over each source's extracted
 * mention for display ({@link org.vigil.review.CorrectedIncidentStore}) and exported as a gold file
 * ({@link org.vigil.review.GoldExport}), admins' management of accounts (roles, disabling), and an audit
 * log of every change ({@link org.vigil.review.AuditLog}), written in the change's own transaction. Every
 * write checks the account's role and ownership and refuses with a {@link org.vigil.review.Refusal} that
 * names the problem; the rows live in {@link org.vigil.review.SqliteReviewStore}, beside the incidents in
 * the same SQLite file.
 */
package org.vigil.review;
