package io.newsgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Sends requests from several client threads released together, and returns the answers in client order. */
public final class AtOnce {
    /** One client's request; {@code client} counts from 0. */
    public interface Request<T> {
        T send(int client) throws Exception;
    }

    private AtOnce() {}

    public static <T> List<T> send(int clients, Request<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                sent.add(pool.submit(() -> {
                    go.await();
                    return request.send(client);
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> f : sent) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
