package org.vigil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A response body collected into bytes that stops reading, and fails with {@link TooLarge}, once it passes a cap. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body passed the cap; the connection was dropped. */
    static final class TooLarge extends IOException {
        TooLarge(long cap) {
            super("body larger than " + cap + " bytes");
        }
    }

    private final long cap;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long cap) {
        this.cap = cap;
    }

    /** A subscriber for a response: refuses at once when Content-Length already passes the cap. */
    static HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, long cap) {
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        CappedBody body = new CappedBody(cap);
        if (declared > cap) body.result.completeExceptionally(new TooLarge(cap));
        return body;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) s.cancel();
        else s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) return;
        for (ByteBuffer buffer : buffers) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.write(chunk, 0, chunk.length);
        }
        if (bytes.size() > cap) {
            result.completeExceptionally(new TooLarge(cap));
            subscription.cancel();
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }
}
