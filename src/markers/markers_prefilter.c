/* markers_prefilter.c - pick the patterns that may match a text: fold
 * text, and find the keys of each regex (the automaton that looks for
 * them is in markers_automaton.c).
 *
 * Running a few hundred regexes over every message costs far more than
 * reading it once, and most messages match none of them. So each regex is
 * analysed once at load time for its "keys": strings of which every match
 * must contain at least one (for "\bi\s+(?:demand|insist)\b" the keys are
 * "demand" and "insist"). At scan time one Aho-Corasick pass over a folded
 * copy of the text (lower case, accents removed) finds which keys occur, and
 * only the patterns whose keys occur are run. The analysis is conservative:
 * a construct it does not understand makes the pattern run on every text.
 *
 * Folding is a superset of what caseless matching accepts (é and e fold
 * alike, though the regex may tell them apart), so the filter can only let
 * more patterns through, never fewer. The tests check that scanning with and
 * without the filter gives the same hits. */
#include "config.h"
#include "markers/markers_p.h"

#include <string.h>

/* ---- folding */

#define FOLD_TABLE_SIZE 0x250   /* Latin-1 and Latin Extended-A/B */

static gunichar fold_table[FOLD_TABLE_SIZE];

/* TRUE when ASCII folds as the 16-byte path assumes: A-Z to a-z, \t to
 * \r to a space, every other byte to itself (checked against fold_table
 * once). */
static gboolean ascii_simple;

static gunichar
fold_slow (gunichar c)
{
    gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
    gsize n;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == 0xB4)
        return '\'';
    /* Everything PCRE2's \s matches with UCP (\h, \v and Unicode spaces)
     * folds to a space; \v, NEL and U+180E are not g_unichar_isspace. */
    if (g_unichar_isspace (c) || c == 0xA0 || c == 0x0B || c == 0x85 || c == 0x180E)
        return ' ';
    /* Upper then lower case puts every letter PCRE2 treats as caseless
     * equal (k and the Kelvin sign, s and long s, the sigmas) together. */
    c = g_unichar_tolower (g_unichar_toupper (c));
    n = g_unichar_fully_decompose (c, FALSE, d, G_N_ELEMENTS (d));
    if (n > 1 && d[0] < 0x80)
        return d[0];
    return c;
}

static void
init_fold_table (void)
{
    static gsize once = 0;
    if (g_once_init_enter (&once)) {
        for (gunichar c = 0; c < FOLD_TABLE_SIZE; c++)
            fold_table[c] = fold_slow (c);
        ascii_simple = TRUE;
        for (gunichar c = 0; c < 0x80; c++) {
            gunichar want = c >= 'A' && c <= 'Z' ? c + 32 : c >= '\t' && c <= '\r' ? ' ' : c;
            ascii_simple = ascii_simple && fold_table[c] == want;
        }
        g_once_init_leave (&once, 1);
    }
}

gunichar
rf_markers_fold_char (gunichar c)
{
    init_fold_table ();
    return c < FOLD_TABLE_SIZE ? fold_table[c] : fold_slow (c);
}

/* Fold [p, end) onto op (out begins at start); returns the new end. The
 * text goes on to text_end: 16 bytes may be read past end. */
static char *
fold_range (char *op, const char *start, const guchar *p, const guchar *end,
            const guchar *text_end)
{
    while (p < end) {
        char *before = op;
#ifdef RF_V16
        /* 16 bytes at once, up to the first that is not ASCII or is white
         * space after white space (or after the last byte out). */
        if (ascii_simple && text_end - p >= 16) {
            const rf_v16_t zero = rf_v16_splat (0);
            const rf_v16_t after_space = { op > start && op[-1] == ' ' ? 0xFF : 0 };
            rf_v16_t v = rf_v16_load (p);
            rf_v16_t upper = (rf_v16_t) (v >= rf_v16_splat ('A')) & (rf_v16_t) (v <= rf_v16_splat ('Z'));
            rf_v16_t space = rf_v16_eq (v, ' ')
                             | ((rf_v16_t) (v >= rf_v16_splat ('\t')) & (rf_v16_t) (v <= rf_v16_splat ('\r')));
            /* Byte i of prev: byte i - 1 of space; byte 0: the last byte out. */
            rf_v16_t prev = __builtin_shufflevector (zero, space, 0, 16, 17, 18, 19, 20, 21, 22,
                                                     23, 24, 25, 26, 27, 28, 29, 30) | after_space;
            rf_v16_t bad = (rf_v16_t) (v >= rf_v16_splat (0x80)) | (space & prev);
            unsigned k = MIN (rf_v16_first (bad), (unsigned) (end - p));
            v = (v | (upper & rf_v16_splat (0x20)));
            v = (v & ~space) | (space & rf_v16_splat (' '));
            /* The buffer has room: out grows at most 4 bytes per byte in. */
            memcpy (op, &v, 16);
            op += k;
            p += k;
            if (k == 16 || p >= end)
                continue;   /* and when p reached end, the loop ends */
            before = op;
        }
#endif
        if (*p < 0x80) {
            char f = (char) fold_table[*p++];
            /* A run of white space is one space, so that "\s+" in a regex
             * is one space in a key and "you\s+are" gives the key "you are". */
            if (f == ' ' && op > start && op[-1] == ' ')
                continue;
            *op++ = f;
            continue;
        } else if ((*p & 0xE0) == 0xC0) {
            /* Two bytes (accented Latin letters, most of what is not
             * ASCII here): decoded and encoded without calls. */
            gunichar c = ((gunichar) (p[0] & 0x1F) << 6) | (p[1] & 0x3F), f;
            f = c < FOLD_TABLE_SIZE ? fold_table[c] : fold_slow (c);
            p += 2;
            if (f < 0x80) {
                *op++ = (char) f;
            } else if (f < 0x800) {
                *op++ = (char) (0xC0 | (f >> 6));
                *op++ = (char) (0x80 | (f & 0x3F));
            } else {
                op += g_unichar_to_utf8 (f, op);
            }
        } else {
            gunichar c = g_utf8_get_char ((const char *) p);
            op += g_unichar_to_utf8 (c < FOLD_TABLE_SIZE ? fold_table[c] : fold_slow (c), op);
            p = (const guchar *) g_utf8_next_char (p);
        }
        if (op - before == 1 && *before == ' ' && before > start && before[-1] == ' ')
            op = before;
    }
    return op;
}

void
rf_markers_fold (GString *out, const char *text, gsize len, guint32 *at, guint n_at)
{
    const guchar *p = (const guchar *) text;
    gsize o = out->len;
    char *op, *start;

    init_fold_table ();
    /* A folded character is never longer than 4 bytes, nor than 4 times
     * its source; size the buffer for the worst case, then trim. */
    g_string_set_size (out, o + 4 * len);
    start = out->str + o;
    op = start;
    for (guint i = 0; i < n_at; i++) {
        const guchar *to = (const guchar *) text + MIN (at[i], len);
        if (to > p) {
            op = fold_range (op, start, p, to, (const guchar *) text + len);
            p = to;
        }
        at[i] = (guint32) (op - out->str);
    }
    op = fold_range (op, start, p, (const guchar *) text + len, (const guchar *) text + len);
    g_string_set_size (out, (gsize) (op - out->str));
}

/* ---- regex analysis */

#ifndef MAX_EXACT
#define MAX_EXACT 64     /* largest set of exact strings kept */
#endif
#define MIN_KEY 3        /* shorter keys select almost every text */
#define MAX_COST 0.3     /* keys of requirements after the first must be rarer */
#ifndef MAX_KEY
#define MAX_KEY 12       /* longer keys are cut: they select little more, and
                          * grow the automaton (and its cache misses) a lot */
#endif

/* What is known about a piece of regex: either the exact (folded) strings it
 * can match (exact), or a list of requirements (cnf), each a set of strings
 * one of which every match contains; an empty list means any text. */
typedef struct {
    GPtrArray *exact;   /* of char*, or NULL */
    GPtrArray *cnf;     /* of GPtrArray* of char*, when exact is NULL */
    /* exact holds the shortest form of a repeat ("!!" for "!{2,}"): it can
     * end what comes before it and start what comes after, not both. */
    gboolean open;
} info_t;

typedef struct {
    const char *p;
    gboolean extended;
    gboolean fail;       /* a construct we do not understand */
} parser_t;

static GPtrArray *
strings_new (void)
{
    return g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
cnf_new (void)
{
    return g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

static void
info_clear (info_t *i)
{
    if (i->exact)
        g_ptr_array_unref (i->exact);
    if (i->cnf)
        g_ptr_array_unref (i->cnf);
    i->exact = i->cnf = NULL;
}

static void
add_unique (GPtrArray *a, const char *s)
{
    for (guint i = 0; i < a->len; i++)
        if (!strcmp (g_ptr_array_index (a, i), s))
            return;
    g_ptr_array_add (a, g_strdup (s));
}

static info_t
info_exact1 (const char *s)
{
    info_t i = { strings_new (), NULL, FALSE };
    add_unique (i.exact, s);
    return i;
}

static info_t
info_empty (void)
{
    return info_exact1 ("");
}

static info_t
info_any (void)
{
    info_t i = { NULL, cnf_new (), FALSE };
    return i;
}

static info_t
info_char (gunichar c)
{
    char buf[8];
    buf[g_unichar_to_utf8 (rf_markers_fold_char (c), buf)] = '\0';
    return info_exact1 (buf);
}

/* Words so frequent in mail that a key made of one selects nearly every
 * text (folded, as keys are). */
static const char *const common_words[] = {
    "you", "your", "the", "what", "could", "would", "can", "also", "with", "that", "this",
    "are", "for", "and", "have", "not", "will", "just", "need", "want", "get", "make",
    "still", "where", "when", "how", "please", "thanks", "our", "was", "were", "like",
    "all", "any", "but", "one", "now", "more", "some", "about", "from", "there",
    "que", "les", "des", "pour", "vous", "nous", "est", "pas", "une", "par", "avec", "sur",
    "mais", "tout", "plus", "qui", "dans", "votre", "merci", "bien", "fait", "faire",
    "los", "las", "por", "para", "con", "una", "del", "mas", "muy", "este", "esta", "pero",
    "como", "todo", "sus", "han", "hay", "nos", "gracias", "hacer", "puede",
    NULL
};

char *
rf_markers_key_body (const char *raw, gboolean *before, gboolean *after)
{
    GString *b = g_string_new (NULL);
    gboolean mark_at_end = FALSE;
    *before = raw[0] == RF_KEY_BOUNDARY;
    for (const char *p = raw; *p; p++) {
        if (*p == RF_KEY_BOUNDARY) {
            mark_at_end = b->len > 0;
            if (b->len == 0)
                *before = TRUE;
            continue;
        }
        mark_at_end = FALSE;
        if (*p == ' ' && b->len && b->str[b->len - 1] == ' ')
            continue;
        g_string_append_c (b, *p);
    }
    *after = mark_at_end;
    return g_string_free (b, FALSE);
}

/* Rough chance that a text contains one word: common and short words, and
 * pieces of common words, always; else halved with every byte. */
static double
word_cost (const char *w, gsize n)
{
    static GHashTable *pieces;   /* every piece of a common word, MIN_KEY bytes or more */
    static gsize once = 0;
    char buf[16];
    if (g_once_init_enter (&once)) {
        GHashTable *t = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        for (const char *const *c = common_words; *c; c++)
            for (gsize i = 0, len = strlen (*c); i < len; i++)
                for (gsize k = MIN_KEY; i + k <= len; k++)
                    g_hash_table_add (t, g_strndup (*c + i, k));
        pieces = t;
        g_once_init_leave (&once, 1);
    }
    if (n < MIN_KEY)
        return 1.0;
    /* A piece of a common word is as common ("mer" is in every "merci"). */
    if (n < sizeof buf) {
        memcpy (buf, w, n);
        buf[n] = '\0';
        if (g_hash_table_contains (pieces, buf))
            return 1.0;
    }
    return 1.0 / (double) (1u << MIN (n, 12));
}

/* Rough chance that a text contains s. Keys may hold several words (white
 * space runs fold to one space): "you are" is rarer than "you", but far
 * from as rare as its seven bytes suggest. */
static double
key_cost (const char *raw)
{
    double cost = 1.0;
    gboolean any = FALSE, before, after;
    char *body = rf_markers_key_body (raw, &before, &after);
    const char *s = body;
    if (strlen (s) < MIN_KEY) {
        g_free (body);
        return 2.0;
    }
    /* A whole word is rarer than the same letters anywhere. */
    if (before && after)
        cost = 0.5;
    while (*s) {
        gsize n = strcspn (s, " ");
        if (n) {
            /* Each word after the first halves the chance at least. */
            cost *= any ? MIN (word_cost (s, n), 0.5) : word_cost (s, n);
            any = TRUE;
        }
        s += n;
        while (*s == ' ')
            s++;
    }
    g_free (body);
    return any ? cost : 2.0;
}

static double
clause_cost (GPtrArray *c)
{
    double sum = 0;
    for (guint k = 0; k < c->len; k++)
        sum += key_cost (g_ptr_array_index (c, k));
    return sum;
}

/* The requirements of a piece (new list). */
static GPtrArray *
to_cnf (const info_t *i)
{
    GPtrArray *r = cnf_new (), *clause;
    if (!i->exact) {
        for (guint k = 0; k < i->cnf->len; k++)
            g_ptr_array_add (r, g_ptr_array_ref (g_ptr_array_index (i->cnf, k)));
        return r;
    }
    for (guint k = 0; k < i->exact->len; k++)
        if (((const char *) g_ptr_array_index (i->exact, k))[0] == '\0')
            return r;
    clause = strings_new ();
    for (guint k = 0; k < i->exact->len; k++)
        add_unique (clause, g_ptr_array_index (i->exact, k));
    g_ptr_array_add (r, clause);
    return r;
}

static void
cnf_append (GPtrArray *to, GPtrArray *from)
{
    for (guint k = 0; k < from->len; k++)
        g_ptr_array_add (to, g_ptr_array_ref (g_ptr_array_index (from, k)));
}

/* Exact concatenation of two small exact sets. Consumes a and b. */
static info_t
info_concat (info_t a, info_t b)
{
    info_t r = { strings_new (), NULL, FALSE };
    for (guint i = 0; i < a.exact->len; i++)
        for (guint j = 0; j < b.exact->len; j++) {
            const char *x = g_ptr_array_index (a.exact, i), *y = g_ptr_array_index (b.exact, j);
            gsize xl = strlen (x);
            /* Folded text has no two spaces in a row (see rf_markers_fold). */
            char *s = g_strconcat (x, xl && x[xl - 1] == ' ' && y[0] == ' ' ? y + 1 : y, NULL);
            add_unique (r.exact, s);
            g_free (s);
        }
    info_clear (&a);
    info_clear (&b);
    return r;
}

/* Every string of a repeated n times (n >= 1), or NULL when too many. */
static GPtrArray *
exact_power (const info_t *a, int n)
{
    GPtrArray *r = strings_new ();
    add_unique (r, "");
    for (int k = 0; k < n; k++) {
        GPtrArray *next = strings_new ();
        if (r->len * a->exact->len > MAX_EXACT) {
            g_ptr_array_unref (next);
            g_ptr_array_unref (r);
            return NULL;
        }
        for (guint i = 0; i < r->len; i++)
            for (guint j = 0; j < a->exact->len; j++) {
                char *s = g_strconcat (g_ptr_array_index (r, i), g_ptr_array_index (a->exact, j), NULL);
                add_unique (next, s);
                g_free (s);
            }
        g_ptr_array_unref (r);
        r = next;
    }
    return r;
}

typedef struct {
    double cost;
    GPtrArray *clause;
} costed_t;

static gint
by_cost (gconstpointer a, gconstpointer b)
{
    double ca = ((const costed_t *) a)->cost, cb = ((const costed_t *) b)->cost;
    return ca < cb ? -1 : ca > cb;
}

/* Sort requirements, the most selective first (each cost computed once:
 * it is not cheap, and a pattern has many). Stable. */
static void
sort_by_cost (GPtrArray *cnf)
{
    GArray *c = g_array_sized_new (FALSE, FALSE, sizeof (costed_t), cnf->len);
    for (guint i = 0; i < cnf->len; i++) {
        costed_t x = { clause_cost (g_ptr_array_index (cnf, i)), g_ptr_array_index (cnf, i) };
        g_array_append_val (c, x);
    }
    g_array_sort (c, by_cost);
    for (guint i = 0; i < cnf->len; i++)
        cnf->pdata[i] = g_array_index (c, costed_t, i).clause;
    g_array_unref (c);
}

#define ALT_KEEP 3   /* requirements of each side of an alternation paired */

/* Alternation: exact strings stay exact when few; else requirements.
 * Consumes a and b. */
static info_t
info_alt (info_t a, info_t b)
{
    info_t r = { NULL, NULL, FALSE };
    if (a.exact && b.exact && !a.open && !b.open && a.exact->len + b.exact->len <= MAX_EXACT) {
        r.exact = strings_new ();
        for (guint i = 0; i < a.exact->len; i++)
            add_unique (r.exact, g_ptr_array_index (a.exact, i));
        for (guint j = 0; j < b.exact->len; j++)
            add_unique (r.exact, g_ptr_array_index (b.exact, j));
    } else {
        /* (A1 and A2) or (B1 and B2) implies (A1 or B1), (A1 or B2),
         * (A2 or B1) and (A2 or B2): every pair of the most selective
         * requirements of each side, so that a sentence must meet more
         * than one of them ("quote" and "wasn't", not just "quote"). */
        GPtrArray *ca = to_cnf (&a), *cb = to_cnf (&b);
        r.cnf = cnf_new ();
        if (ca->len && cb->len) {
            sort_by_cost (ca);
            sort_by_cost (cb);
            for (guint i = 0; i < MIN (ca->len, ALT_KEEP); i++)
                for (guint j = 0; j < MIN (cb->len, ALT_KEEP); j++) {
                    GPtrArray *x = g_ptr_array_index (ca, i), *y = g_ptr_array_index (cb, j);
                    GPtrArray *u = strings_new ();
                    for (guint k = 0; k < x->len; k++)
                        add_unique (u, g_ptr_array_index (x, k));
                    for (guint k = 0; k < y->len; k++)
                        add_unique (u, g_ptr_array_index (y, k));
                    g_ptr_array_add (r.cnf, u);
                }
        }
        g_ptr_array_unref (ca);
        g_ptr_array_unref (cb);
    }
    info_clear (&a);
    info_clear (&b);
    return r;
}

static void
skip_space (parser_t *ps)
{
    while (ps->extended && *ps->p) {
        if (g_ascii_isspace (*ps->p)) {
            ps->p++;
        } else if (*ps->p == '#') {
            while (*ps->p && *ps->p != '\n')
                ps->p++;
        } else {
            break;
        }
    }
}

static info_t parse_alt (parser_t *ps);

/* A character class: a small set of characters, or any character. */
static info_t
parse_class (parser_t *ps)
{
    info_t set = { strings_new (), NULL, FALSE };
    gboolean any = FALSE, first = TRUE;
    ps->p++;   /* '[' */
    if (*ps->p == '^') {
        any = TRUE;
        ps->p++;
    }
    while (*ps->p && (*ps->p != ']' || first)) {
        first = FALSE;
        if (ps->p[0] == '[' && ps->p[1] == ':') {
            const char *close = strstr (ps->p, ":]");
            any = TRUE;
            ps->p = close ? close + 2 : ps->p + strlen (ps->p);
            continue;
        }
        if (*ps->p == '\\') {
            char e = ps->p[1];
            if (!e)
                break;
            ps->p += 2;
            if (e == 's')
                add_unique (set.exact, " ");   /* every \s character folds to a space */
            else if (g_ascii_isalnum (e))
                any = TRUE;   /* \w \d \p{..} \x.. and friends */
            else
                add_unique (set.exact, (char[]) { e, 0 });
            continue;
        }
        if (*ps->p == '-' && ps->p[1] != ']' && set.exact->len > 0)
            any = TRUE;   /* a range */
        {
            gunichar c = g_utf8_get_char (ps->p);
            char buf[8];
            buf[g_unichar_to_utf8 (rf_markers_fold_char (c), buf)] = '\0';
            add_unique (set.exact, buf);
            ps->p = g_utf8_next_char (ps->p);
        }
    }
    if (*ps->p == ']')
        ps->p++;
    else
        ps->fail = TRUE;
    if (any || set.exact->len > 8) {
        info_clear (&set);
        return info_any ();
    }
    /* Members were added unfolded for escapes; fold them all. */
    {
        info_t folded = { strings_new (), NULL, FALSE };
        for (guint i = 0; i < set.exact->len; i++) {
            const char *s = g_ptr_array_index (set.exact, i);
            char buf[8];
            buf[g_unichar_to_utf8 (rf_markers_fold_char (g_utf8_get_char (s)), buf)] = '\0';
            add_unique (folded.exact, buf);
        }
        info_clear (&set);
        return folded;
    }
}

static info_t
parse_escape (parser_t *ps)
{
    char e = ps->p[1];
    ps->p += 2;
    switch (e) {
    case 'b':
        return info_exact1 (RF_KEY_BOUNDARY_S);
    case 'B': case 'A': case 'z': case 'Z': case 'G': case 'K':
        return info_empty ();
    case 's':
        return info_exact1 (" ");   /* every \s character folds to a space */
    case 'd': case 'D': case 'w': case 'W': case 'S': case 'h': case 'H':
    case 'v': case 'V': case 'N': case 'R': case 'X': case 'C':
        return info_any ();
    case 'p': case 'P':
        if (*ps->p == '{') {
            const char *close = strchr (ps->p, '}');
            ps->p = close ? close + 1 : ps->p + strlen (ps->p);
        } else if (*ps->p) {
            ps->p++;
        }
        return info_any ();
    case 't': return info_char ('\t');
    case 'n': return info_char ('\n');
    case 'r': return info_char ('\r');
    case 'f': return info_char ('\f');
    case 'e': return info_char (0x1B);
    case 'a': return info_char (0x07);
    case 'x': {
        char *end = NULL;
        gunichar c;
        if (*ps->p == '{') {
            c = (gunichar) g_ascii_strtoull (ps->p + 1, &end, 16);
            if (!end || *end != '}') {
                ps->fail = TRUE;
                return info_any ();
            }
            ps->p = end + 1;
        } else {
            char hex[3] = { 0 };
            int n = 0;
            while (n < 2 && g_ascii_isxdigit (ps->p[n]))
                hex[n] = ps->p[n], n++;
            c = (gunichar) g_ascii_strtoull (hex, NULL, 16);
            ps->p += n;
        }
        return info_char (c);
    }
    case 'Q': {
        const char *end = strstr (ps->p, "\\E");
        info_t r = info_empty ();
        const char *stop = end ? end : ps->p + strlen (ps->p);
        while (ps->p < stop) {
            r = info_concat (r, info_char (g_utf8_get_char (ps->p)));
            ps->p = g_utf8_next_char (ps->p);
        }
        ps->p = end ? end + 2 : stop;
        return r;
    }
    case 'E':
        return info_empty ();
    default:
        if (e == '\0') {
            ps->fail = TRUE;
            ps->p--;
            return info_any ();
        }
        if (g_ascii_isalnum (e)) {
            /* Back references (\1, \g, \k) and rarer escapes: no literal
             * knowledge, and for the rarest, give up on the pattern. */
            if (g_ascii_isdigit (e) || e == 'g' || e == 'k') {
                while (*ps->p && (g_ascii_isalnum (*ps->p) || strchr ("{}<>'-+", *ps->p)))
                    ps->p++;
                return info_any ();
            }
            ps->fail = TRUE;
            return info_any ();
        }
        return info_char ((guchar) e);
    }
}

/* The inside of a group, up to and including its ')'. */
static info_t
parse_group_body (parser_t *ps)
{
    gboolean saved = ps->extended;
    info_t r = parse_alt (ps);
    if (*ps->p == ')')
        ps->p++;
    else
        ps->fail = TRUE;
    ps->extended = saved;
    return r;
}

static info_t
parse_group (parser_t *ps)
{
    const char *q;
    ps->p++;   /* '(' */
    if (*ps->p == '*') {
        ps->fail = TRUE;   /* backtracking verbs */
        return info_any ();
    }
    if (*ps->p != '?')
        return parse_group_body (ps);
    q = ps->p + 1;
    if (*q == '#') {
        const char *close = strchr (q, ')');
        ps->p = close ? close + 1 : q + strlen (q);
        return info_empty ();
    }
    if (*q == ':' || *q == '>' || *q == '|') {
        ps->p = q + 1;
        return parse_group_body (ps);
    }
    if (*q == '=' || *q == '!' || (*q == '<' && (q[1] == '=' || q[1] == '!'))) {
        info_t inner;
        ps->p = q + (*q == '<' ? 2 : 1);
        inner = parse_group_body (ps);
        info_clear (&inner);
        return info_empty ();
    }
    if (*q == '<' || *q == '\'' || (*q == 'P' && q[1] == '<')) {
        const char *close = strchr (q, *q == '\'' ? '\'' : '>');
        if (*q == '\'')
            close = strchr (q + 1, '\'');
        if (!close) {
            ps->fail = TRUE;
            return info_any ();
        }
        ps->p = close + 1;
        return parse_group_body (ps);
    }
    /* Option settings: (?x) (?i-x) (?x: ...). */
    {
        gboolean on = TRUE, ext = ps->extended;
        while (g_ascii_isalpha (*q) || *q == '-' || *q == '^') {
            if (*q == '-')
                on = FALSE;
            else if (*q == 'x')
                ext = on;
            q++;
        }
        if (*q == ')') {
            ps->extended = ext;
            ps->p = q + 1;
            return info_empty ();
        }
        if (*q == ':') {
            gboolean saved = ps->extended;
            info_t r;
            ps->extended = ext;
            ps->p = q + 1;
            r = parse_group_body (ps);
            ps->extended = saved;
            return r;
        }
    }
    ps->fail = TRUE;   /* conditionals, recursion, callouts */
    return info_any ();
}

static info_t
parse_atom (parser_t *ps)
{
    gunichar c;
    switch (*ps->p) {
    case '(':
        return parse_group (ps);
    case '[':
        return parse_class (ps);
    case '\\':
        return parse_escape (ps);
    case '.':
        ps->p++;
        return info_any ();
    case '^': case '$':
        ps->p++;
        return info_empty ();
    default:
        c = g_utf8_get_char (ps->p);
        ps->p = g_utf8_next_char (ps->p);
        return info_char (c);
    }
}

/* A quantifier after an atom: {min, max}; max -1 for no limit. */
static gboolean
parse_quantifier (parser_t *ps, int *min, int *max)
{
    const char *q = ps->p;
    if (*q == '?' || *q == '*' || *q == '+') {
        *min = *q == '+' ? 1 : 0;
        *max = *q == '?' ? 1 : -1;
        q++;
    } else if (*q == '{' && g_ascii_isdigit (q[1])) {
        char *end;
        *min = (int) g_ascii_strtoull (q + 1, &end, 10);
        *max = *min;
        if (*end == ',') {
            *max = g_ascii_isdigit (end[1]) ? (int) g_ascii_strtoull (end + 1, &end, 10) : -1;
            if (*max == -1)
                end++;
        }
        if (*end != '}')
            return FALSE;   /* not a quantifier: a literal '{' */
        q = end + 1;
    } else {
        return FALSE;
    }
    if (*q == '?' || *q == '+')
        q++;   /* lazy or possessive */
    ps->p = q;
    return TRUE;
}

static info_t
parse_quantified (parser_t *ps)
{
    info_t atom = parse_atom (ps);
    int min, max;
    skip_space (ps);
    while (parse_quantifier (ps, &min, &max)) {
        gboolean space;
        GPtrArray *power;
        if (atom.open) {
            /* A repeat of a repeat: only what it requires is kept. */
            info_t r = { NULL, to_cnf (&atom), FALSE };
            info_clear (&atom);
            atom = r;
        }
        space = atom.exact && atom.exact->len == 1 && !strcmp (g_ptr_array_index (atom.exact, 0), " ");
        if (space) {
            /* A run of spaces folds to one: \s+ is " ", \s* is "" or " ". */
            if (min == 0)
                atom = info_alt (atom, info_empty ());
        } else if (min == 0 && max == 1 && atom.exact) {
            atom = info_alt (atom, info_empty ());
        } else if (min == 0) {
            info_clear (&atom);
            atom = info_any ();
        } else if (atom.exact && min <= 8 && (power = exact_power (&atom, min))) {
            /* "!{2,}" is "!!" at least, "x{3}" exactly "xxx". */
            info_clear (&atom);
            atom.exact = power;
            atom.open = max != min;
        } else if (!(min == 1 && max == 1)) {
            info_t r = { NULL, to_cnf (&atom), FALSE };
            info_clear (&atom);
            atom = r;
        }
        skip_space (ps);
    }
    return atom;
}

/* A sequence. Adjacent exact pieces are joined into longer exact strings
 * (so "demand" is one key, not six letters); every run and every other piece
 * adds its requirements, all of which a match must meet. */
static info_t
parse_concat (parser_t *ps)
{
    info_t run = info_empty ();
    GPtrArray *cnf = cnf_new (), *part;
    gboolean exact = TRUE;
    for (;;) {
        info_t item;
        skip_space (ps);
        if (!*ps->p || *ps->p == '|' || *ps->p == ')' || ps->fail)
            break;
        item = parse_quantified (ps);
        if (item.exact && run.exact->len * item.exact->len <= MAX_EXACT) {
            info_t again = { NULL, NULL, FALSE };
            gboolean open = item.open;
            if (open) {
                again.exact = strings_new ();
                for (guint k = 0; k < item.exact->len; k++)
                    add_unique (again.exact, g_ptr_array_index (item.exact, k));
            }
            run = info_concat (run, item);
            if (!open)
                continue;
            /* An open repeat ends this run and starts the next. */
            exact = FALSE;
            part = to_cnf (&run);
            cnf_append (cnf, part);
            g_ptr_array_unref (part);
            info_clear (&run);
            run = again;
            continue;
        }
        exact = FALSE;
        part = to_cnf (&run);
        cnf_append (cnf, part);
        g_ptr_array_unref (part);
        info_clear (&run);
        if (item.exact) {
            run = item;
            run.open = FALSE;
        } else {
            cnf_append (cnf, item.cnf);
            info_clear (&item);
            run = info_empty ();
        }
    }
    if (exact) {
        g_ptr_array_unref (cnf);
        return run;
    }
    part = to_cnf (&run);
    cnf_append (cnf, part);
    g_ptr_array_unref (part);
    info_clear (&run);
    return (info_t) { NULL, cnf, FALSE };
}

static info_t
parse_alt (parser_t *ps)
{
    info_t r = parse_concat (ps);
    while (*ps->p == '|' && !ps->fail) {
        ps->p++;
        r = info_alt (r, parse_concat (ps));
    }
    return r;
}


/* A key without its marks, and its marks. */
typedef struct {
    char *body;
    gsize len;
    gboolean before, after;
} bare_t;

/* Does key b hold key a, so that a text holding b holds a? A mark on a
 * must be on b, at the same edge. */
static gboolean
key_holds (const bare_t *b, const bare_t *a)
{
    for (gsize p = 0; p + a->len <= b->len; p++)
        if (!memcmp (b->body + p, a->body, a->len) && (!a->before || (p == 0 && b->before))
            && (!a->after || (p + a->len == b->len && b->after)))
            return TRUE;
    return FALSE;
}

/* A requirement is met by any of its keys: a key that holds another
 * ("textes", "texte") adds nothing but work. v holds distinct keys. */
static void
drop_longer_keys (GPtrArray *v)
{
    bare_t *k = g_new (bare_t, v->len);
    gboolean *drop = g_new0 (gboolean, v->len);
    guint n = v->len;
    for (guint i = 0; i < n; i++) {
        k[i].body = rf_markers_key_body (g_ptr_array_index (v, i), &k[i].before, &k[i].after);
        k[i].len = strlen (k[i].body);
    }
    /* Two keys that hold each other are the same: the first stays. */
    for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n && !drop[i]; j++)
            drop[i] = j != i && !drop[j] && key_holds (&k[i], &k[j]);
    for (guint i = n; i-- > 0;)
        if (drop[i])
            g_ptr_array_remove_index (v, i);
    for (guint i = 0; i < n; i++)
        g_free (k[i].body);
    g_free (k);
    g_free (drop);
}

/* Does one of the requirements kept hold every key of v (then v, met by
 * every text that meets it, is no use)? */
static gboolean
implied (GPtrArray *kept, GPtrArray *v)
{
    for (guint i = 0; i < kept->len; i++) {
        gboolean all = TRUE;
        for (char **k = g_ptr_array_index (kept, i); *k && all; k++) {
            gboolean found = FALSE;
            for (guint j = 0; j < v->len && !found; j++)
                found = !strcmp (*k, g_ptr_array_index (v, j));
            all = found;
        }
        if (all)
            return TRUE;
    }
    return FALSE;
}

GPtrArray *
rf_markers_regex_keys (const char *regex)
{
    parser_t ps = { regex, FALSE, FALSE };
    info_t top = parse_alt (&ps);
    GPtrArray *cnf = NULL, *out = NULL;

    if (ps.fail || *ps.p != '\0')
        goto done;
    cnf = to_cnf (&top);
    sort_by_cost (cnf);
    out = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    /* Dropping a requirement only lets more text through, so keep the most
     * selective ones whose keys are all long enough to look for. */
    for (guint i = 0; i < cnf->len && out->len < RF_MAX_CLAUSES; i++) {
        GPtrArray *c = g_ptr_array_index (cnf, i);
        GPtrArray *v = g_ptr_array_new_with_free_func (g_free);
        gboolean usable = c->len > 0;
        double most = 0;
        for (guint k = 0; k < c->len && usable; k++) {
            gboolean before, after, dup = FALSE;
            char *body = rf_markers_key_body (g_ptr_array_index (c, k), &before, &after), *key;
            usable = strlen (body) >= MIN_KEY;
            /* A prefix of a key is in every text the key is in (bytes are
             * compared, so a cut inside a character is still right). */
            if (strlen (body) > MAX_KEY) {
                body[MAX_KEY] = '\0';
                after = FALSE;
            }
            key = g_strconcat (before ? RF_KEY_BOUNDARY_S : "", body, after ? RF_KEY_BOUNDARY_S : "", NULL);
            g_free (body);
            for (guint j = 0; j < v->len && !dup; j++)
                dup = !strcmp (g_ptr_array_index (v, j), key);
            if (dup) {
                g_free (key);
            } else {
                most = MAX (most, key_cost (key));
                g_ptr_array_add (v, key);
            }
        }
        drop_longer_keys (v);
        /* Every key of every requirement goes into the automaton. After the
         * first, a requirement with a key that nearly every text holds
         * ("the", "de") would only add work, and a long list of keys grows
         * the automaton for little. Keys are counted once cut: "i know
         * that it", "i know that this" are both "i know that ". */
        if (out->len > 0 && (v->len > MAX_EXACT || most >= MAX_COST))
            usable = FALSE;
        if (!usable || implied (out, v)) {
            g_ptr_array_unref (v);
            continue;
        }
        g_ptr_array_add (v, NULL);
        g_ptr_array_add (out, g_ptr_array_free (v, FALSE));
    }
    if (out->len == 0)
        g_clear_pointer (&out, g_ptr_array_unref);
done:
    info_clear (&top);
    if (cnf)
        g_ptr_array_unref (cnf);
    return out;
}
