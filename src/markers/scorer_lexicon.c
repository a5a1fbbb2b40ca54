/* scorer_lexicon.c - the word lists of the scorer: built-in cues (second
 * person, urgency, imperatives) and the lexicons LANG/CATEGORY.lex. */
#include "config.h"
#include "markers/scorer_lexicon_p.h"
#include "markers/markers.h"
#include "base/util.h"

#include <string.h>

/* The built-in cues, per language, folded as the text is (no accents,
 * lower case; elisions split: "aujourd'hui" is "aujourd hui"). */
typedef struct {
    const char *lang;
    const char *const *second_person;
    const char *const *urgency;
    const char *const *imperative;   /* verbs that open an order */
    const char *const *negation;     /* words that turn what follows around */
} cues_t;

static const char *const en_second[] = {
    "you", "your", "yours", "yourself", "yourselves", "u", "ur", NULL
};
static const char *const en_urgency[] = {
    "asap", "immediately", "urgent", "urgently", "as soon as possible", "right now",
    "right away", "at once", "straight away", "today", "tonight", "by tomorrow",
    "end of day", "eod", "without delay", "no later than", "this instant", NULL
};
static const char *const en_imperative[] = {
    "send", "fix", "stop", "give", "call", "tell", "make", "get", "do", "don", "let", "check",
    "change", "remove", "delete", "add", "update", "answer", "reply", "respond", "explain",
    "take", "put", "show", "look", "read", "finish", "deliver", "hurry", "refund", "cancel",
    "sort", "move", "shut", "keep", "listen", "please", "just", "try", "go", "come", "bring",
    "pay", "return", "redo", "rewrite", "confirm", "contact", "provide", "ensure", "find",
    "drop", "quit", "leave", "use", "stay", "be", NULL
};
/* "t" is the end of "don't", "isn't": the apostrophe splits words. */
static const char *const en_negation[] = {
    "not", "no", "never", "t", "nothing", "nobody", "none", "nor", "neither", "hardly",
    "barely", "without", "cannot", "dont", "didnt", "doesnt", "isnt", "wasnt", "arent",
    "werent", "wont", "cant", "couldnt", "wouldnt", "aint", "nt", NULL
};
static const char *const fr_second[] = {
    "tu", "te", "toi", "ton", "ta", "tes", "vous", "votre", "vos", NULL
};
static const char *const fr_urgency[] = {
    "immediatement", "urgent", "urgente", "urgence", "tout de suite", "aujourd hui",
    "ce soir", "des que possible", "au plus vite", "au plus tot", "sans delai",
    "sans tarder", "sur le champ", "dans l heure", "rapidement", "d ici demain", NULL
};
static const char *const fr_imperative[] = {
    "fais", "faites", "dis", "dites", "arrete", "envoie", "donne", "appelle", "regarde",
    "corrige", "change", "reponds", "explique", "rembourse", "va", "viens", "laisse", "mets",
    "prends", "occupe", "rappelle", "ecoute", "lis", "finis", "livre", "annule", "supprime",
    "ajoute", "merci de", NULL
};
static const char *const fr_negation[] = {
    "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni", "guere", "personne", "point",
    NULL
};
static const char *const es_second[] = {
    "tu", "te", "ti", "contigo", "usted", "ustedes", "vosotros", "vosotras", "os", "tus",
    "vuestro", "vuestra", "vuestros", "vuestras", NULL
};
static const char *const es_urgency[] = {
    "inmediatamente", "urgente", "urgentemente", "urgencia", "cuanto antes",
    "lo antes posible", "ahora mismo", "enseguida", "de inmediato", "hoy", "esta noche",
    "sin demora", "ya mismo", "a la mayor brevedad", "sin falta", "rapido", NULL
};
static const char *const es_imperative[] = {
    "envia", "enviame", "envie", "envienme", "enviad", "manda", "mande", "mandame", "haz",
    "hazlo", "haga", "hagan", "haced", "dime", "digame", "di", "decidme", "llama", "llame",
    "llamame", "corrige", "corrija", "cambia", "cambie", "arregla", "arregle", "arreglad",
    "para", "pare", "parad", "deja", "deje", "dejad", "mira", "mire", "mirad", "responde",
    "responda", "contesta", "conteste", "explica", "explique", "devuelve", "devuelva",
    "quita", "quite", "pon", "ponga", "date", "dese", "apurate", "espabila", "espabilad",
    "callate", "callese", "termina", "termine", "entrega", "entregue", "por favor", NULL
};

static const char *const es_negation[] = {
    "no", "nunca", "nada", "ni", "sin", "tampoco", "ningun", "ninguno", "ninguna", "jamas",
    "nadie", NULL
};

static const cues_t all_cues[] = {
    { "en", en_second, en_urgency, en_imperative, en_negation },
    { "fr", fr_second, fr_urgency, fr_imperative, fr_negation },
    { "es", es_second, es_urgency, es_imperative, es_negation },
};

/* French "-ez" verbs that are questions or statements, not orders. */
static const char *const fr_ez_not_imperative[] = {
    "avez", "pouvez", "voulez", "savez", "devez", "etes", "allez", "chez", "assez", "nez",
    "faites", "croyez", "pensez", "trouvez", "venez", NULL
};

static void
table_grow (rf_lexicon_t *lx)
{
    guint old_cap = lx->keys ? lx->mask + 1 : 0, cap = old_cap ? old_cap * 2 : 256;
    guint64 *keys = lx->keys;
    guint32 *bits = lx->bits;
    lx->keys = g_new0 (guint64, cap);
    lx->bits = g_new0 (guint32, cap);
    lx->mask = cap - 1;
    for (guint i = 0; i < old_cap; i++) {
        guint j;
        if (!keys[i])
            continue;
        for (j = (guint) (keys[i] ^ (keys[i] >> 29)) & lx->mask; lx->keys[j]; j = (j + 1) & lx->mask)
            ;
        lx->keys[j] = keys[i];
        lx->bits[j] = bits[i];
    }
    g_free (keys);
    g_free (bits);
}

static void
table_set (rf_lexicon_t *lx, guint64 key, guint32 bit)
{
    guint i;
    if (!key)
        key = 1;
    if (!lx->keys || (lx->n + 1) * 2 > lx->mask + 1)
        table_grow (lx);
    for (i = (guint) (key ^ (key >> 29)) & lx->mask; lx->keys[i]; i = (i + 1) & lx->mask) {
        if (lx->keys[i] == key) {
            lx->bits[i] |= bit;
            return;
        }
    }
    lx->keys[i] = key;
    lx->bits[i] = bit;
    lx->n++;
}

/* Add a phrase under bit b; FALSE when it has no word or too many. */
static gboolean
add_phrase (rf_lexicon_t *lx, guint b, const char *phrase)
{
    GString *folded = g_string_new (NULL);
    guint n_words = 0;
    guint64 key = rf_phrase_key (phrase, &n_words, folded);
    gboolean ok = n_words > 0 && n_words <= RF_LEX_MAX_WORDS;
    if (ok) {
        table_set (lx, key, 1u << b);
        lx->max_words = MAX (lx->max_words, n_words);
        g_ptr_array_add (lx->entries, g_strdup_printf ("%s\t%s", lx->features[b], folded->str));
    }
    g_string_free (folded, TRUE);
    return ok;
}

static void
add_list (rf_lexicon_t *lx, guint b, const char *const *list)
{
    for (; list && *list; list++)
        add_phrase (lx, b, *list);
}

rf_lexicon_t *
rf_lexicon_new (const char *lang)
{
    rf_lexicon_t *lx = g_new0 (rf_lexicon_t, 1);
    g_strlcpy (lx->lang, lang, sizeof lx->lang);
    lx->entries = g_ptr_array_new_with_free_func (g_free);
    lx->features[RF_LEX_SECOND_PERSON_BIT] = g_strdup ("f:second_person");
    lx->features[RF_LEX_URGENCY_BIT] = g_strdup ("f:urgency");
    lx->features[RF_LEX_IMPERATIVE_BIT] = g_strdup ("f:imperative");
    lx->features[RF_LEX_NEGATION_BIT] = g_strdup ("f:negation");
    lx->n_features = RF_LEX_FIRST_CATEGORY_BIT;
    for (guint i = 0; i < G_N_ELEMENTS (all_cues); i++) {
        if (strcmp (all_cues[i].lang, lang) != 0)
            continue;
        add_list (lx, RF_LEX_SECOND_PERSON_BIT, all_cues[i].second_person);
        add_list (lx, RF_LEX_URGENCY_BIT, all_cues[i].urgency);
        add_list (lx, RF_LEX_IMPERATIVE_BIT, all_cues[i].imperative);
        add_list (lx, RF_LEX_NEGATION_BIT, all_cues[i].negation);
    }
    return lx;
}

void
rf_lexicon_free (rf_lexicon_t *lx)
{
    if (!lx)
        return;
    for (guint i = 0; i < lx->n_features; i++) {
        g_free (lx->features[i]);
        g_free (lx->negated[i]);
    }
    g_free (lx->keys);
    g_free (lx->bits);
    g_ptr_array_unref (lx->entries);
    g_free (lx);
}

/* The bit of lexicon CATEGORY, made when new; -1 when all are taken. */
static int
category_bit (rf_lexicon_t *lx, const char *category)
{
    char *name = g_strconcat ("l:", category, NULL);
    for (guint b = RF_LEX_FIRST_CATEGORY_BIT; b < lx->n_features; b++) {
        if (!strcmp (lx->features[b], name)) {
            g_free (name);
            return (int) b;
        }
    }
    if (lx->n_features == RF_LEX_MAX_BITS) {
        g_free (name);
        return -1;
    }
    lx->features[lx->n_features] = name;
    lx->negated[lx->n_features] = g_strconcat (name, ":neg", NULL);
    return (int) lx->n_features++;
}

gboolean
rf_lexicon_add (rf_lexicon_t *lx, const char *category, const char *phrase)
{
    int b = category_bit (lx, category);
    return b >= 0 && add_phrase (lx, (guint) b, phrase);
}

gboolean
rf_lexicon_add_file (rf_lexicon_t *lx, const char *path, const char *category, GError **err)
{
    char *data = NULL, **lines;
    gsize len = 0;
    gboolean ok = TRUE;
    int b;
    if (!g_file_get_contents (path, &data, &len, err))
        return FALSE;
    if (!g_utf8_validate (data, (gssize) len, NULL)) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX, "%s: not valid UTF-8", path);
        g_free (data);
        return FALSE;
    }
    if ((b = category_bit (lx, category)) < 0) {
        g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX,
                     "%s: too many word lists for language %s (at most %d)", path, lx->lang,
                     RF_LEX_MAX_BITS - RF_LEX_FIRST_CATEGORY_BIT);
        g_free (data);
        return FALSE;
    }
    lines = rf_split_lines (data);
    for (int i = 0; ok && lines[i]; i++) {
        char *l = g_strstrip (lines[i]);
        if (l[0] == '\0' || l[0] == '#')
            continue;
        if (!add_phrase (lx, (guint) b, l)) {
            g_set_error (err, RF_MARKERS_ERROR, RF_MARKERS_ERR_SYNTAX,
                         "%s:%d: expected a word or a phrase of at most %d words", path, i + 1,
                         RF_LEX_MAX_WORDS);
            ok = FALSE;
        }
    }
    g_strfreev (lines);
    g_free (data);
    return ok;
}

void
rf_lexicon_describe (const rf_lexicon_t *lx, GString *out)
{
    GPtrArray *sorted = g_ptr_array_copy (lx->entries, NULL, NULL);
    g_ptr_array_set_free_func (sorted, NULL);   /* the strings stay lx's */
    g_ptr_array_sort (sorted, rf_compare_string_ptrs);
    g_string_append_printf (out, "lexicon %s\n", lx->lang);
    for (guint i = 0; i < sorted->len; i++)
        g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (sorted, i));
    g_ptr_array_unref (sorted);
}

gboolean
rf_lexicon_imperative_form (const rf_lexicon_t *lx, const char *w)
{
    gsize n = strlen (w);
    if (strcmp (lx->lang, "fr") != 0 || n < 4 || strcmp (w + n - 2, "ez") != 0)
        return FALSE;
    for (const char *const *x = fr_ez_not_imperative; *x; x++)
        if (!strcmp (*x, w))
            return FALSE;
    return TRUE;
}
