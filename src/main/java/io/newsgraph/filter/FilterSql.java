package io.newsgraph.filter;

import io.newsgraph.actor.ActorFilter;
import io.newsgraph.event.EventFilter;
import io.newsgraph.graph.sql.Where;
import io.newsgraph.statement.StatementFilter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the filter inputs to SQL conditions on a table alias. Filters nest (a statement filter can hold an event
 * filter, an actor filter a statement quantifier ...), so each kind is compiled by a method that recurses.
 */
public final class FilterSql {
    private FilterSql() {}

    // ------------------------------------------------------------------ statements

    public static Where statement(StatementFilter f, String s) {
        return statement(f, s, (OffsetDateTime) null);
    }

    /** The filter's conditions read as of {@code asOf} (null: now): rows and related rows recorded by then. */
    public static Where statement(StatementFilter f, String s, OffsetDateTime asOf) {
        Where where = new Where(asOf).recorded(s);
        statement(f, s, where);
        return where;
    }

    public static void statement(StatementFilter f, String s, Where w) {
        if (f == null) {
            return;
        }
        eq(w, s + ".stance", f.stance());
        in(w, s + ".stance", f.stanceIn());
        eq(w, s + ".modality", f.modality());
        in(w, s + ".modality", f.modalityIn());
        if (f.speaker() != null) {
            w.and(s + ".speaker_id in (select id from actor where slug = " + w.bind(f.speaker()) + ")");
        }
        if (f.speakerIn() != null) {
            w.and(s + ".speaker_id in (select id from actor where slug in (" + w.bind(nonEmpty(f.speakerIn())) + "))");
        }
        if (f.speakerKind() != null) {
            w.and(s + ".speaker_id in (select id from actor where kind = "
                    + w.bind(f.speakerKind().name()) + ")");
        }
        if (f.speakerCountry() != null) {
            String c = w.bind(f.speakerCountry());
            w.and(s
                    + ".speaker_id in (select sc.id from actor sc join actor cc on cc.id = coalesce(sc.country_id, "
                    + "sc.id)"
                    + " where cc.slug = " + c + ")");
        }
        if (f.speakerMatches() != null) {
            w.and(s + ".speaker_id in " + actorIds(f.speakerMatches(), w));
        }
        if (f.subject() != null) {
            String p = w.bind(f.subject());
            w.and("(" + s + ".subject_event_id in (select id from event where slug = " + p + ") or " + s
                    + ".subject_actor_id in (select id from actor where slug = " + p + "))");
        }
        if (f.subjectIn() != null) {
            String p = w.bind(nonEmpty(f.subjectIn()));
            w.and("(" + s + ".subject_event_id in (select id from event where slug in (" + p + ")) or " + s
                    + ".subject_actor_id in (select id from actor where slug in (" + p + ")))");
        }
        if (f.subjectEvent() != null) {
            w.and(s + ".subject_event_id in " + eventIds(f.subjectEvent(), w));
        }
        if (f.subjectActor() != null) {
            w.and(s + ".subject_actor_id in " + actorIds(f.subjectActor(), w));
        }
        if (f.addressee() != null) {
            w.and(s + ".addressee_id in (select id from actor where slug = " + w.bind(f.addressee()) + ")");
        }
        range(w, s + ".made_on", f.madeOn());
        if (f.text() != null && !f.text().isBlank()) {
            String p = w.bind(Where.contains(f.text().trim()));
            w.and("(lower(" + s + ".summary) like " + p + " escape '\\' or lower(" + s + ".quote) like " + p
                    + " escape '\\')");
        }
        if (f.source() != null) {
            w.and("exists (select 1 from evidence sv join source so on so.id = sv.source_id where sv.statement_id = "
                    + s + ".id and so.slug = " + w.bind(f.source()) + ")");
        }
        if (f.hasQuote() != null) {
            w.and(s + ".quote is " + (f.hasQuote() ? "not null" : "null"));
        }
        combine(w, s, f.and(), f.or(), f.not(), FilterSql::statement);
    }

    private static String statementIds(StatementFilter f, Where w, String link) {
        String s = w.alias("s");
        Where sub = w.scope().recorded(s);
        statement(f, s, sub);
        return "(select " + s + "." + link + " from statement " + s + " where " + s + "." + link + " is not null"
                + sub.sql("and") + ")";
    }

    // ------------------------------------------------------------------ actors

    public static Where actor(ActorFilter f, String a) {
        return actor(f, a, (OffsetDateTime) null);
    }

    /** The filter's conditions read as of {@code asOf} (null: now): rows and related rows recorded by then. */
    public static Where actor(ActorFilter f, String a, OffsetDateTime asOf) {
        Where where = new Where(asOf).recorded(a);
        actor(f, a, where);
        return where;
    }

    public static void actor(ActorFilter f, String a, Where w) {
        if (f == null) {
            return;
        }
        eq(w, a + ".kind", f.kind());
        in(w, a + ".kind", f.kindIn());
        if (f.name() != null && !f.name().isBlank()) {
            String p = w.bind(Where.contains(f.name().trim()));
            w.and("(lower(" + a + ".name) like " + p + " escape '\\' or exists (select 1 from actor_alias x where"
                    + " x.actor_id = " + a + ".id and lower(x.alias) like " + p + " escape '\\'))");
        }
        if (f.slugIn() != null) {
            w.and(a + ".slug in (" + w.bind(nonEmpty(f.slugIn())) + ")");
        }
        if (f.country() != null) {
            w.and(a + ".country_id in (select id from actor where slug = " + w.bind(f.country()) + ")");
        }
        if (f.parent() != null) {
            w.and(a + ".parent_id in (select id from actor where slug = " + w.bind(f.parent()) + ")");
        }
        quantify(w, a + ".id", f.made(), (filter, where) -> statementIds(filter, where, "speaker_id"));
        quantify(w, a + ".id", f.mentionedIn(), (filter, where) -> statementIds(filter, where, "subject_actor_id"));
        if (f.events() != null) {
            quantify(
                    w,
                    a + ".id",
                    f.events().some(),
                    f.events().none(),
                    f.events().every(),
                    (filter, where) -> "(select p.actor_id from event_participant p where p.event_id in "
                            + eventIds(filter, where) + ")",
                    (filter, where) -> "(select p.actor_id from event_participant p where p.event_id not in "
                            + eventIds(filter, where) + ")");
        }
        combine(w, a, f.and(), f.or(), f.not(), FilterSql::actor);
    }

    private static String actorIds(ActorFilter f, Where w) {
        String a = w.alias("a");
        Where sub = w.scope().recorded(a);
        actor(f, a, sub);
        return "(select " + a + ".id from actor " + a + sub.sql("where") + ")";
    }

    // ------------------------------------------------------------------ events

    public static Where event(EventFilter f, String e) {
        return event(f, e, (OffsetDateTime) null);
    }

    /** The filter's conditions read as of {@code asOf} (null: now): rows and related rows recorded by then. */
    public static Where event(EventFilter f, String e, OffsetDateTime asOf) {
        Where where = new Where(asOf).recorded(e);
        event(f, e, where);
        return where;
    }

    public static void event(EventFilter f, String e, Where w) {
        if (f == null) {
            return;
        }
        eq(w, e + ".kind", f.kind());
        in(w, e + ".kind", f.kindIn());
        eq(w, e + ".status", f.status());
        in(w, e + ".status", f.statusIn());
        if (f.participant() != null) {
            w.and(e + ".id in (select p.event_id from event_participant p join actor pa on pa.id = p.actor_id"
                    + " where pa.slug = " + w.bind(f.participant()) + ")");
        }
        if (f.party() != null) {
            w.and(e + ".id in (select p.event_id from event_participant p join actor pa on pa.id = p.actor_id"
                    + " where p.role = 'PARTY' and pa.slug = " + w.bind(f.party()) + ")");
        }
        if (f.slugIn() != null) {
            w.and(e + ".slug in (" + w.bind(nonEmpty(f.slugIn())) + ")");
        }
        if (f.text() != null && !f.text().isBlank()) {
            String p = w.bind(Where.contains(f.text().trim()));
            w.and("(lower(" + e + ".title) like " + p + " escape '\\' or lower(" + e + ".summary) like " + p
                    + " escape '\\')");
        }
        if (f.location() != null) {
            String p = w.bind(f.location());
            w.and(e + ".id in (select el.event_id from event_location el join location l on l.id = el.location_id"
                    + " left join location lp on lp.id = l.parent_id where l.slug = " + p + " or lp.slug = " + p + ")");
        }
        range(w, e + ".started_on", f.startedOn());
        if (f.troops() != null) {
            Where sub = w.scope().recorded("x");
            range(sub, "x.troops", f.troops());
            w.and(e + ".id in (select x.event_id from estimate x" + sub.sql("where") + ")");
        }
        if (f.participants() != null) {
            quantify(
                    w,
                    e + ".id",
                    f.participants().some(),
                    f.participants().none(),
                    f.participants().every(),
                    (filter, where) -> "(select p.event_id from event_participant p where p.actor_id in "
                            + actorIds(filter, where) + ")",
                    (filter, where) -> "(select p.event_id from event_participant p where p.actor_id not in "
                            + actorIds(filter, where) + ")");
        }
        quantify(w, e + ".id", f.statements(), (filter, where) -> statementIds(filter, where, "subject_event_id"));
        combine(w, e, f.and(), f.or(), f.not(), FilterSql::event);
    }

    private static String eventIds(EventFilter f, Where w) {
        String e = w.alias("e");
        Where sub = w.scope().recorded(e);
        event(f, e, sub);
        return "(select " + e + ".id from event " + e + sub.sql("where") + ")";
    }

    // ------------------------------------------------------------------ shared

    @FunctionalInterface
    private interface Compiler<F> {
        void compile(F filter, String alias, Where where);
    }

    @FunctionalInterface
    private interface IdSet<F> {
        String sql(F filter, Where where);
    }

    private static <F> void combine(Where w, String alias, List<F> and, List<F> or, F not, Compiler<F> compiler) {
        if (and != null) {
            for (F f : and) {
                Where sub = w.scope();
                compiler.compile(f, alias, sub);
                w.and(sub.all());
            }
        }
        if (or != null) {
            List<String> alternatives = new ArrayList<>();
            for (F f : or) {
                Where sub = w.scope();
                compiler.compile(f, alias, sub);
                alternatives.add(sub.all());
            }
            w.and(alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")");
        }
        if (not != null) {
            Where sub = w.scope();
            compiler.compile(not, alias, sub);
            w.and("not " + sub.all());
        }
    }

    private static void quantify(Where w, String key, StatementQuantifier q, IdSet<StatementFilter> ids) {
        if (q != null) {
            quantify(w, key, q.some(), q.none(), q.every(), ids, (filter, where) -> ids.sql(notFilter(filter), where));
        }
    }

    /** some: key in ids(f); none: key not in ids(f); every: key not in ids(not f). */
    private static <F> void quantify(Where w, String key, F some, F none, F every, IdSet<F> ids, IdSet<F> idsFailing) {
        if (some != null) {
            w.and(key + " in " + ids.sql(some, w));
        }
        if (none != null) {
            w.and(key + " not in " + ids.sql(none, w));
        }
        if (every != null) {
            w.and(key + " not in " + idsFailing.sql(every, w));
        }
    }

    private static StatementFilter notFilter(StatementFilter f) {
        return StatementFilter.builder().not(f).build();
    }

    private static void eq(Where w, String column, Enum<?> value) {
        if (value != null) {
            w.and(column + " = " + w.bind(value.name()));
        }
    }

    private static void in(Where w, String column, List<? extends Enum<?>> values) {
        if (values != null) {
            w.and(
                    values.isEmpty()
                            ? "1 = 0"
                            : column + " in ("
                                    + w.bind(values.stream().map(Enum::name).toList()) + ")");
        }
    }

    private static void range(Where w, String column, DateRange r) {
        if (r != null) {
            bound(w, column, ">=", r.gte());
            bound(w, column, ">", r.gt());
            bound(w, column, "<=", r.lte());
            bound(w, column, "<", r.lt());
        }
    }

    private static void range(Where w, String column, IntRange r) {
        if (r != null) {
            bound(w, column, ">=", r.gte());
            bound(w, column, ">", r.gt());
            bound(w, column, "<=", r.lte());
            bound(w, column, "<", r.lt());
        }
    }

    private static void bound(Where w, String column, String op, Object value) {
        if (value != null) {
            w.and(column + " " + op + " " + w.bind(value));
        }
    }

    /** SQL rejects "in ()"; an empty list becomes one value no slug can have. */
    private static List<String> nonEmpty(List<String> values) {
        return values.isEmpty() ? List.of("-") : values;
    }
}
