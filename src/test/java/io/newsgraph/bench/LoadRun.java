package io.newsgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads each send one request at a time, picking operations by weight, until
 * the time is up or the request budget is spent, whichever comes first.
 */
final class LoadRun {
    record Result(Map<String, OperationStats> byOperation, double seconds) {}

    private final GraphqlClient client;
    private final Pools pools;
    private final List<Operation> operations;
    private final int clients;

    LoadRun(GraphqlClient client, Pools pools, List<Operation> operations, int clients) {
        this.client = client;
        this.pools = pools;
        this.operations = operations;
        this.clients = clients;
    }

    Result run(double seconds, long maxRequests, long seed) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong budget = new AtomicLong(maxRequests);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Map<String, OperationStats>>> workers = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < clients; i++) {
                SplittableRandom rnd = new SplittableRandom(seed * 1000 + i);
                workers.add(pool.submit(() -> work(rnd, deadline, budget)));
            }
            Map<String, OperationStats> merged = new LinkedHashMap<>();
            operations.forEach(op -> merged.put(op.name(), new OperationStats()));
            for (Future<Map<String, OperationStats>> worker : workers) {
                worker.get((long) seconds + 120, TimeUnit.SECONDS)
                        .forEach((name, s) -> merged.get(name).add(s));
            }
            return new Result(merged, (System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, OperationStats> work(SplittableRandom rnd, long deadline, AtomicLong budget) {
        Map<String, OperationStats> stats = new LinkedHashMap<>();
        operations.forEach(op -> stats.put(op.name(), new OperationStats()));
        int totalWeight = operations.stream().mapToInt(Operation::weight).sum();
        while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
            Operation op = pick(rnd, totalWeight);
            String body = GraphqlClient.body(op.query(), pools.fill(op.variables(), rnd));
            long sent = System.nanoTime();
            GraphqlClient.Answer answer = client.post(body);
            stats.get(op.name()).record((System.nanoTime() - sent) / 1000, answer);
        }
        return stats;
    }

    private Operation pick(SplittableRandom rnd, int totalWeight) {
        int ticket = rnd.nextInt(totalWeight);
        for (Operation op : operations) {
            ticket -= op.weight();
            if (ticket < 0) {
                return op;
            }
        }
        return operations.get(operations.size() - 1);
    }
}
