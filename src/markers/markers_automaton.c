/* markers_automaton.c - the Aho-Corasick automata over the keys of a
 * language set's patterns (found by markers_prefilter.c), and their walk
 * over folded text. */
#include "config.h"
#include "markers/markers_p.h"

#include <string.h>

/* ---- Aho-Corasick automata over the keys of one language set */

/* Outputs: pattern, the requirements the key meets (a bit each), key
 * length, and whether a \b precedes or follows the key in the regex. */
#define OUT_INTS 4
#define WORD_BEFORE 1
#define WORD_AFTER 2

/* A transition to a state that reports keys has this bit set, so the scan
 * looks at the output lists only there (one memory load per byte). */
#define OUT_FLAG 0x8000u
#define MAX_STATES 0x7FFF

/* One automaton: the keys of some of the set's patterns. Its states are
 * 15-bit numbers, so that the table, two bytes an entry, stays small
 * enough for the cache; the keys of a set that need more states go into
 * further automata, each walked over the text in turn. */
typedef struct {
    guint8 byte_class[256];   /* byte -> column; 0 for bytes in no key */
    int n_classes;
    int n_states;
    guint16 *next;            /* transitions, with OUT_FLAG: row by row while built,
                               * then column by column (see transpose) */
    guint32 col[256];         /* byte -> start of its column in next */
    gint32 *out_start;        /* per state: first index into outs, -1 none */
    GArray *outs;             /* of OUT_INTS ints per key; -1 ends a list */
    guint max_key;            /* longest key, in bytes */
} automaton_t;

struct rf_prefilter {
    GPtrArray *parts;         /* of automaton_t*, each with the keys of some patterns */
    guint8 *always;           /* patterns without keys */
    guint8 *need;             /* per pattern: the bits of all its requirements, 0 if always */
    GArray *always_list;      /* their indexes (guint) */
    guint n_patterns;
};

typedef struct {
    GArray *edges;      /* per state: GArray of (byte, child) pairs */
    GArray *fail;
    GPtrArray *pats;    /* per state: GArray of pattern indexes (or NULL) */
} trie_t;

typedef struct {
    guint8 byte;
    gint32 child;
} edge_t;

static gint32
trie_add_state (trie_t *t)
{
    GArray *e = g_array_new (FALSE, FALSE, sizeof (edge_t));
    gint32 zero = 0;
    g_ptr_array_add (t->pats, NULL);
    g_array_append_val (t->fail, zero);
    g_array_append_val (t->edges, e);
    return (gint32) t->edges->len - 1;
}

static gint32
trie_child (trie_t *t, gint32 s, guint8 b)
{
    GArray *e = g_array_index (t->edges, GArray *, s);
    for (guint i = 0; i < e->len; i++)
        if (g_array_index (e, edge_t, i).byte == b)
            return g_array_index (e, edge_t, i).child;
    return -1;
}

static void
trie_insert (trie_t *t, const char *key, gint32 pattern, gint32 clause, gint32 flags)
{
    gint32 s = 0, klen = (gint32) strlen (key), bit = 1 << clause;
    GArray *pl;
    for (const guchar *p = (const guchar *) key; *p; p++) {
        gint32 c = trie_child (t, s, *p);
        if (c < 0) {
            edge_t e = { *p, trie_add_state (t) };
            g_array_append_val (g_array_index (t->edges, GArray *, s), e);
            c = e.child;
        }
        s = c;
    }
    pl = g_ptr_array_index (t->pats, s);
    if (!pl) {
        pl = g_array_new (FALSE, FALSE, sizeof (gint32));
        t->pats->pdata[s] = pl;
    }
    g_array_append_val (pl, pattern);
    g_array_append_val (pl, bit);
    g_array_append_val (pl, klen);
    g_array_append_val (pl, flags);
}

/* Number the states breadth first. The scan spends nearly all its time
 * in the states nearest the root (text seldom goes on with a key), so
 * their rows, now side by side at the start of the table, stay in the
 * cache; numbered in insertion order they were spread over a table of
 * a megabyte or more. */
static void
trie_renumber (trie_t *t)
{
    guint n = t->edges->len, head = 0, tail = 1;
    gint32 *order = g_new (gint32, n), *newid = g_new (gint32, n);
    GArray *edges = g_array_sized_new (FALSE, FALSE, sizeof (GArray *), n);
    GPtrArray *pats = g_ptr_array_sized_new (n);
    order[0] = 0;
    while (head < tail) {
        GArray *e = g_array_index (t->edges, GArray *, order[head]);
        newid[order[head]] = (gint32) head;
        head++;
        for (guint i = 0; i < e->len; i++)
            order[tail++] = g_array_index (e, edge_t, i).child;
    }
    for (guint k = 0; k < n; k++) {
        GArray *e = g_array_index (t->edges, GArray *, order[k]);
        for (guint i = 0; i < e->len; i++)
            g_array_index (e, edge_t, i).child = newid[g_array_index (e, edge_t, i).child];
        g_array_append_val (edges, e);
        g_ptr_array_add (pats, g_ptr_array_index (t->pats, order[k]));
    }
    g_array_unref (t->edges);
    g_ptr_array_unref (t->pats);
    t->edges = edges;
    t->pats = pats;
    g_free (order);
    g_free (newid);
}

static void
build_tables (automaton_t *a, trie_t *t)
{
    GQueue queue = G_QUEUE_INIT;
    gint32 *fail = (gint32 *) t->fail->data;

    a->n_states = (int) t->edges->len;
    a->next = g_new0 (guint16, (gsize) a->n_states * a->n_classes);
    /* Breadth first: a state's fail link and row only depend on states
     * nearer the root. */
    g_queue_push_tail (&queue, GINT_TO_POINTER (0));
    while (!g_queue_is_empty (&queue)) {
        gint32 s = GPOINTER_TO_INT (g_queue_pop_head (&queue));
        GArray *e = g_array_index (t->edges, GArray *, s);
        guint16 *row = a->next + (gsize) s * a->n_classes;
        if (s != 0)
            memcpy (row, a->next + (gsize) fail[s] * a->n_classes, sizeof (guint16) * a->n_classes);
        for (guint i = 0; i < e->len; i++) {
            const edge_t *ed = &g_array_index (e, edge_t, i);
            int col = a->byte_class[ed->byte];
            fail[ed->child] = s == 0 ? 0 : row[col];
            row[col] = (guint16) ed->child;
            g_queue_push_tail (&queue, GINT_TO_POINTER (ed->child));
        }
        /* Column 0 (bytes in no key) always leads back to the root. */
        row[0] = 0;
    }
}

/* Each state reports its own patterns and those of its fail chain. One
 * string that is a key of several requirements of a pattern is reported
 * once, with all their bits. */
static void
build_outputs (automaton_t *a, trie_t *t)
{
    gint32 *fail = (gint32 *) t->fail->data;
    gint32 end = -1;
    a->out_start = g_new (gint32, a->n_states);
    a->outs = g_array_new (FALSE, FALSE, sizeof (gint32));
    for (gint32 s = 0; s < a->n_states; s++) {
        gboolean any = FALSE;
        guint first = a->outs->len;
        a->out_start[s] = (gint32) a->outs->len;
        for (gint32 f = s; f != 0; f = fail[f]) {
            GArray *pl = g_ptr_array_index (t->pats, f);
            for (guint i = 0; pl && i < pl->len; i += OUT_INTS) {
                const gint32 *o = &g_array_index (pl, gint32, i);
                gint32 *q = NULL;
                for (guint j = first; j < a->outs->len && !q; j += OUT_INTS) {
                    gint32 *x = &g_array_index (a->outs, gint32, j);
                    if (x[0] == o[0] && x[2] == o[2] && x[3] == o[3])
                        q = x;
                }
                if (q)
                    q[1] |= o[1];
                else
                    g_array_append_vals (a->outs, o, OUT_INTS);
                any = TRUE;
            }
        }
        if (any)
            g_array_append_val (a->outs, end);
        else
            a->out_start[s] = -1;
    }
    for (gsize i = 0; i < (gsize) a->n_states * a->n_classes; i++)
        if (a->out_start[a->next[i]] >= 0)
            a->next[i] |= OUT_FLAG;
}

/* Store the table column by column: the next state is then
 * next[col[byte] + state], where col[byte] does not depend on the state,
 * so a step of the walk waits for one load and one addition, not for a
 * multiplication too. */
static void
transpose (automaton_t *a)
{
    gsize ns = (gsize) a->n_states, nc = (gsize) a->n_classes;
    guint16 *t = g_new (guint16, ns * nc);
    for (gsize s = 0; s < ns; s++)
        for (gsize c = 0; c < nc; c++)
            t[c * ns + s] = a->next[s * nc + c];
    g_free (a->next);
    a->next = t;
    for (int b = 0; b < 256; b++)
        a->col[b] = (guint32) (a->byte_class[b] * ns);
}

static void
trie_clear (trie_t *t)
{
    for (guint i = 0; i < t->edges->len; i++) {
        GArray *pl = g_ptr_array_index (t->pats, i);
        g_array_unref (g_array_index (t->edges, GArray *, i));
        if (pl)
            g_array_unref (pl);
    }
    g_array_unref (t->edges);
    g_array_unref (t->fail);
    g_ptr_array_unref (t->pats);
}

static void
trie_init (trie_t *t)
{
    t->edges = g_array_new (FALSE, FALSE, sizeof (GArray *));
    t->fail = g_array_new (FALSE, FALSE, sizeof (gint32));
    t->pats = g_ptr_array_new ();
    trie_add_state (t);
}

/* Can the keys of pattern p go into automaton a, whose trie is t? Not
 * when they would use more distinct bytes than the table has columns, or
 * more states than 15 bits can number (counted as if no key shared a
 * prefix with another). */
static gboolean
fits (const automaton_t *a, const trie_t *t, const rf_pattern_t *p)
{
    guint8 seen[256] = { 0 };
    gsize states = t->edges->len;
    int classes = a->n_classes;
    for (guint j = 0; j < p->clauses->len; j++) {
        for (char **k = g_ptr_array_index (p->clauses, j); *k; k++) {
            gboolean before, after;
            char *body = rf_markers_key_body (*k, &before, &after);
            states += strlen (body);
            for (const guchar *b = (const guchar *) body; *b; b++) {
                if (!a->byte_class[*b] && !seen[*b]) {
                    seen[*b] = 1;
                    classes++;
                }
            }
            g_free (body);
        }
    }
    return states <= MAX_STATES && classes <= 255;
}

/* Put the keys of every requirement of pattern i in the trie, each with
 * its requirement's number: the scanner runs the pattern on the sentences
 * where a key of each requirement occurs. The keys fit (see fits). */
static void
add_keys (automaton_t *a, trie_t *t, const rf_pattern_t *p, guint i)
{
    for (guint j = 0; j < p->clauses->len; j++) {
        for (char **k = g_ptr_array_index (p->clauses, j); *k; k++) {
            gboolean before, after;
            char *body = rf_markers_key_body (*k, &before, &after);
            for (const guchar *b = (const guchar *) body; *b; b++)
                if (!a->byte_class[*b])
                    a->byte_class[*b] = (guint8) a->n_classes++;
            trie_insert (t, body, (gint32) i, (gint32) j,
                         (before ? WORD_BEFORE : 0) | (after ? WORD_AFTER : 0));
            a->max_key = MAX (a->max_key, (guint) strlen (body));
            g_free (body);
        }
    }
}

static void
automaton_free (gpointer p)
{
    automaton_t *a = p;
    g_free (a->next);
    g_free (a->out_start);
    if (a->outs)
        g_array_unref (a->outs);
    g_free (a);
}

/* Build the tables of a from its trie (then freed); add a to the
 * prefilter, unless it holds no key. */
static void
finish_part (rf_prefilter_t *pf, automaton_t *a, trie_t *t)
{
    if (t->edges->len > 1) {
        trie_renumber (t);
        build_tables (a, t);
        build_outputs (a, t);
        transpose (a);
        g_ptr_array_add (pf->parts, a);
    } else {
        automaton_free (a);
    }
    trie_clear (t);
}

static automaton_t *
automaton_new (void)
{
    automaton_t *a = g_new0 (automaton_t, 1);
    a->n_classes = 1;
    return a;
}

rf_prefilter_t *
rf_prefilter_new (GPtrArray *patterns)
{
    rf_prefilter_t *pf = g_new0 (rf_prefilter_t, 1);
    automaton_t *a = automaton_new ();
    trie_t t;

    pf->n_patterns = patterns->len;
    pf->always = g_malloc0 (patterns->len ? patterns->len : 1);
    pf->need = g_malloc0 (patterns->len ? patterns->len : 1);
    pf->parts = g_ptr_array_new_with_free_func (automaton_free);
    trie_init (&t);
    for (guint i = 0; i < patterns->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (patterns, i);
        if (!p->clauses) {
            pf->always[i] = 1;
            continue;
        }
        if (!fits (a, &t, p) && t.edges->len > 1) {
            /* This automaton is full: the keys go into a new one. */
            finish_part (pf, a, &t);
            a = automaton_new ();
            trie_init (&t);
        }
        if (!fits (a, &t, p)) {
            pf->always[i] = 1;   /* more keys than a whole automaton takes */
            continue;
        }
        add_keys (a, &t, p, i);
    }
    finish_part (pf, a, &t);
    pf->always_list = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < patterns->len; i++) {
        const rf_pattern_t *p = g_ptr_array_index (patterns, i);
        if (pf->always[i])
            g_array_append_val (pf->always_list, i);
        else
            pf->need[i] = (guint8) ((1u << p->clauses->len) - 1);
    }
    return pf;
}

void
rf_prefilter_free (rf_prefilter_t *pf)
{
    if (!pf)
        return;
    g_ptr_array_unref (pf->parts);
    g_array_unref (pf->always_list);
    g_free (pf->always);
    g_free (pf->need);
    g_free (pf);
}

guint
rf_prefilter_n_parts (const rf_prefilter_t *pf)
{
    return pf->parts->len;
}

/* A folded byte that is surely a word character for PCRE2 (\w with UCP):
 * only letters, digits and '_' fold to these (checked for every code
 * point); other bytes may or may not be, so they never reject a key. */
static inline gboolean
is_word_byte (guchar b)
{
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_';
}

void
rf_occ_grow (rf_occ_t *o)
{
    o->cap = MAX (64, o->cap * 2);
    o->v = g_renew (rf_key_hit_t, o->v, o->cap);
}

/* Append the keys that end at byte pos - 1 of the folded text, in state s
 * (an output state). */
static void
report (const automaton_t *a, const guchar *base, gsize len, gsize pos, guint s, rf_occ_t *occ)
{
    const gint32 *outs = (const gint32 *) a->outs->data;
    for (const gint32 *o = outs + a->out_start[s]; *o >= 0; o += OUT_INTS) {
        guint32 end = (guint32) pos, start = end - (guint32) o[2];
        rf_key_hit_t *k;
        /* The regex wants a word boundary where the text has two word
         * characters side by side: not a match ("con" in "contrat"). */
        if ((o[3] & WORD_BEFORE) && start > 0 && is_word_byte (base[start])
            && is_word_byte (base[start - 1]))
            continue;
        if ((o[3] & WORD_AFTER) && end < len && is_word_byte (base[end - 1])
            && is_word_byte (base[end]))
            continue;
        k = rf_occ_push (occ);
        k->pattern = (guint32) o[0];
        k->clauses = (guint32) o[1];
        k->start = start;
        k->end = end;
    }
}

/* Walk the automaton over [from, to) from state s; report outputs at and
 * after byte quiet_to only. Returns the state reached. */
static inline guint
walk (const automaton_t *a, const guchar *base, gsize len, gsize from, gsize to,
      gsize quiet_to, guint s, rf_occ_t *occ)
{
    const guint16 *next = a->next;
    const guint32 *col = a->col;
    for (gsize i = from; i < to; i++) {
        s = next[col[base[i]] + s];
        if (G_LIKELY (!(s & OUT_FLAG)))
            continue;
        s &= ~OUT_FLAG;
        if (i >= quiet_to)
            report (a, base, len, i + 1, s, occ);
    }
    return s;
}

/* Lanes walked side by side: each step of one walk waits for the table
 * load that the previous step decided, so one walk uses a fraction of
 * what the processor can do; four independent walks overlap their loads.
 * Reaching a state with keys is frequent and unpredictable, and a wrong
 * guess there would throw away the loads in flight, so the loop does not
 * branch on it: each step writes the four states (flags included) to a
 * scratch list, read after, lane by lane. */
#define LANE_MIN 16   /* texts shorter than 4 times this take one walk */

void
rf_prefilter_scan (const rf_prefilter_t *pf, guint part, const char *folded, gsize len,
                   rf_occ_t *occ, rf_occ_t *tmp)
{
    const automaton_t *a = g_ptr_array_index (pf->parts, part);
    const guchar *base = (const guchar *) folded;
    const guint16 *next = a->next;
    const guint32 *col = a->col;
    gsize from[4], quiet[4], steps, w = a->max_key ? a->max_key - 1 : 0;
    guint s3;
    guint64 *st;

    occ->len = 0;
    if (len < 4 * LANE_MIN || a->max_key == 0) {
        walk (a, base, len, 0, len, 0, 0, occ);
        return;
    }
    /* Lane k reports the keys that end after quiet[k], up to where lane
     * k + 1 starts reporting. The automaton's state at a byte depends on
     * the w = max_key - 1 bytes before it only, so lanes after the first
     * start w bytes before their part, quietly. All take the same number
     * of steps (4 steps - 3 w = len); the last lane then walks what
     * rounding leaves. */
    steps = (len + 3 * w) / 4;
    for (int k = 0; k < 4; k++) {
        quiet[k] = k == 0 ? 0 : from[k - 1] + steps;
        from[k] = quiet[k] - (k == 0 ? 0 : w);
    }
    while ((gsize) tmp->cap * sizeof (rf_key_hit_t) < steps * sizeof (guint64))
        rf_occ_grow (tmp);
    st = (guint64 *) tmp->v;
    {
        const guchar *b0 = base + from[0], *b1 = base + from[1], *b2 = base + from[2];
        const guchar *b3 = base + from[3];
        guint s0 = 0, s1 = 0, s2 = 0;
        s3 = 0;
        for (gsize i = 0; i < steps; i++) {
            guint t0 = next[col[b0[i]] + s0], t1 = next[col[b1[i]] + s1];
            guint t2 = next[col[b2[i]] + s2], t3 = next[col[b3[i]] + s3];
            st[i] = (guint64) t0 | (guint64) t1 << 16 | (guint64) t2 << 32 | (guint64) t3 << 48;
            s0 = t0 & ~OUT_FLAG;
            s1 = t1 & ~OUT_FLAG;
            s2 = t2 & ~OUT_FLAG;
            s3 = t3 & ~OUT_FLAG;
        }
    }
    /* The keys, lane after lane: in order of their ends. */
    for (guint k = 0; k < 4; k++) {
        for (gsize i = quiet[k] - from[k]; i < steps; i++) {
            guint t = (guint) (st[i] >> (16 * k)) & 0xFFFF;
            if (t & OUT_FLAG)
                report (a, base, len, from[k] + i + 1, t & ~OUT_FLAG, occ);
        }
    }
    walk (a, base, len, from[3] + steps, len, 0, s3, occ);
}

const guint8 *
rf_prefilter_needs (const rf_prefilter_t *pf)
{
    return pf->need;
}

gboolean
rf_prefilter_always (const rf_prefilter_t *pf, guint pattern)
{
    return pf->always[pattern] != 0;
}

const guint *
rf_prefilter_always_list (const rf_prefilter_t *pf, guint *n)
{
    *n = pf->always_list->len;
    return (const guint *) pf->always_list->data;
}

