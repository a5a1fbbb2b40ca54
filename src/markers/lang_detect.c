/* lang_detect.c - English, French or Spanish, from function words. */
#include "config.h"
#include "markers/lang_detect.h"

#include <string.h>

enum { L_EN, L_FR, L_ES, L_OTHER, N_LANGS };

static const char *const lang_names[N_LANGS] = { "en", "fr", "es", "other" };

/* Frequent words of each language. A word listed under two languages
 * (la, de, que, en, no, on...) tells nothing and is ignored. "other" holds
 * frequent German, Italian, Portuguese and Dutch words, so that text in
 * those languages is not taken for one of ours. Elisions split words:
 * "c'est" gives "c" and "est", "don't" gives "don" and "t". */
static const char *const words_en[] = {
    "the", "and", "you", "your", "is", "are", "was", "were", "to", "of", "we", "our", "this",
    "that", "it", "for", "have", "has", "had", "not", "with", "be", "been", "on", "at",
    "will", "would", "could", "should", "can", "what", "which", "there", "they", "them",
    "their", "from", "by", "or", "if", "but", "about", "just", "please", "thanks", "thank",
    "hi", "hello", "regards", "do", "does", "did", "don", "didn", "doesn", "isn", "won",
    "my", "i", "as", "so", "all", "any", "some", "also", "when", "how", "why", "who", "get",
    "got", "need", "let", "know", "see", "sent", "invoice", "us", "an", "no", "me", "am",
    "here", "again", "still", "yet", "only", "than", "then", "today", "week", "yours",
    NULL
};
static const char *const words_fr[] = {
    "le", "les", "des", "du", "au", "aux", "et", "est", "une", "un", "pas", "pour", "par",
    "avec", "dans", "sur", "nous", "vous", "votre", "vos", "nos", "notre", "cette", "ce",
    "ces", "cet", "mais", "qui", "sont", "été", "être", "avons", "avez", "sommes", "merci",
    "bonjour", "cordialement", "il", "elle", "ils", "je", "j", "l", "d", "qu", "c", "n",
    "ne", "déjà", "aussi", "tout", "tous", "toute", "comme", "plus", "mon", "ma", "mes",
    "ou", "parce", "quand", "faire", "peut", "pouvez", "pouvons", "facture", "semaine",
    "aujourd", "hui", "très", "on", "à", "où", "ça", "leur", "leurs", "encore", "toujours",
    "rien", "chez", "sans", "avoir", "fait", "si", "y", "ai", "avais", "était", "devis",
    "madame", "monsieur", "svp", "bien", "non", "se", "son",
    NULL
};
static const char *const words_es[] = {
    "el", "los", "las", "del", "al", "y", "es", "una", "un", "por", "para", "con", "su",
    "sus", "lo", "muy", "usted", "ustedes", "este", "esta", "esto", "estos", "estas", "pero",
    "quien", "sobre", "son", "está", "están", "estamos", "hemos", "han", "ha", "hay",
    "gracias", "hola", "saludos", "ella", "ellos", "ya", "también", "todo", "todos", "toda",
    "como", "más", "mi", "mis", "o", "porque", "cuando", "hacer", "puede", "pueden",
    "podemos", "favor", "factura", "semana", "hoy", "le", "nos", "se", "si", "no", "me",
    "nada", "sin", "aquí", "muchas", "nuestro", "nuestra", "vez", "tiene", "tenemos",
    "estimado", "estimada", "atentamente", "ser", "fue", "sido", "eso", "esa", "ese",
    "presupuesto", "cliente", "día", "bien",
    NULL
};
static const char *const words_other[] = {
    "der", "die", "das", "und", "ist", "nicht", "ich", "wir", "sie", "mit", "für", "auf",
    "den", "dem", "ein", "eine", "zu", "von", "bitte", "danke", "di", "che", "della", "sono",
    "grazie", "questo", "questa", "gli", "anche", "molto", "ciao", "è", "não", "você",
    "obrigado", "obrigada", "muito", "isso", "uma", "com", "são", "het", "een", "niet",
    "van", "ik", "wij", "dank", "zijn",
    NULL
};

/* The words above in an open-addressing table: the lookup of every word of
 * every message must cost little more than reading it. A word of up to
 * MAX_WORD bytes is its key: two 64-bit numbers, zero-padded. */
#define TABLE_BITS 10
#define TABLE_SIZE (1u << TABLE_BITS)   /* over twice the words */
#define MAX_WORD 16

typedef struct {
    guint64 k0, k1;
    guint8 mask;                 /* bit per language; 0: empty slot */
} slot_t;

static slot_t table[TABLE_SIZE];

static inline guint32
key_hash (guint64 k0, guint64 k1)
{
    return (guint32) (((k0 ^ (k1 * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull)
                      >> (64 - TABLE_BITS));
}

/* The slot of a key: its own, or the empty one where it would go. */
static inline const slot_t *
find_slot (guint64 k0, guint64 k1)
{
    guint32 i = key_hash (k0, k1);
    while (table[i].mask && !(table[i].k0 == k0 && table[i].k1 == k1))
        i = (i + 1) & (TABLE_SIZE - 1);
    return &table[i];
}

/* Append byte b, the len-th of a word, to its key (built in registers:
 * a key read back from memory right after its bytes were stored waits
 * for them). */
static inline void
key_add (guint64 *k0, guint64 *k1, gsize len, guchar b)
{
    if (len < 8)
        *k0 |= (guint64) b << (8 * len);
    else if (len < MAX_WORD)
        *k1 |= (guint64) b << (8 * (len - 8));
}

static void
add_words (const char *const *words, int lang)
{
    for (; *words; words++) {
        guint64 k0 = 0, k1 = 0;
        gsize len = strlen (*words);
        slot_t *s;
        g_assert (len < MAX_WORD);
        for (gsize i = 0; i < len; i++)
            key_add (&k0, &k1, i, (guchar) (*words)[i]);
        s = (slot_t *) find_slot (k0, k1);
        s->k0 = k0;
        s->k1 = k1;
        s->mask |= (guint8) (1u << lang);
    }
}

static void
init_table (void)
{
    static gsize once = 0;
    if (g_once_init_enter (&once)) {
        add_words (words_en, L_EN);
        add_words (words_fr, L_FR);
        add_words (words_es, L_ES);
        add_words (words_other, L_OTHER);
        g_once_init_leave (&once, 1);
    }
}

static inline guint
word_mask (guint64 k0, guint64 k1, gsize len)
{
    return len < MAX_WORD ? find_slot (k0, k1)->mask : 0;
}

/* Letters that only (or mostly) one of the languages writes. */
static void
letter_clues (gunichar c, double clue[N_LANGS])
{
    switch (c) {
    case 0xF1: /* ñ */
        clue[L_ES] = 1.0;
        break;
    case 0xE1: case 0xED: case 0xF3: case 0xFA: /* á í ó ú */
        clue[L_ES] = MAX (clue[L_ES], 0.5);
        break;
    case 0xE8: case 0xEA: case 0xE0: case 0xF9: case 0xE2: case 0xEE: case 0xF4: case 0xFB:
    case 0xE7: case 0x153: case 0xEB: case 0xEF: /* è ê à ù â î ô û ç œ ë ï */
        clue[L_FR] = MAX (clue[L_FR], 0.5);
        break;
    case 0xE3: case 0xF5: case 0xDF: /* ã õ (Portuguese), ß (German) */
        clue[L_OTHER] = 1.0;
        break;
    default:
        break;
    }
}

/* Score one word: a listed word counts 1 for its only language; else its
 * letters may give a half clue. */
static void
score_word (guint64 k0, guint64 k1, gsize len, const double clue[N_LANGS], double scores[N_LANGS])
{
    guint mask = word_mask (k0, k1, len);
    if (mask) {
        for (int l = 0; l < N_LANGS; l++)
            if (mask == (1u << l))
                scores[l] += 1.0;
        return;
    }
    for (int l = 0; l < N_LANGS; l++)
        scores[l] += clue[l];
}

const char *
rf_lang_detect_scores (const char *text, gsize len, double scores[N_LANGS], int *words_out)
{
    guint64 k0 = 0, k1 = 0;   /* the word being read (its key), wlen bytes */
    gsize wlen = 0;
    double clue[N_LANGS] = { 0 };
    int words = 0, best = L_OTHER, second = -1;
    const char *p = text, *end = text ? text + len : NULL;

    init_table ();
    memset (scores, 0, sizeof (double) * N_LANGS);
    while (p < end) {
        guchar b = (guchar) *p;
        gunichar c;
        /* ASCII, most of the text: a letter is [A-Za-z], with no clue. */
        if (b < 0x80) {
            p++;
            if (g_ascii_isalpha (b)) {
                key_add (&k0, &k1, wlen++, b | 0x20);   /* lower case */
                continue;
            }
        } else {
            c = g_utf8_get_char_validated (p, end - p);
            if (c == (gunichar) -1 || c == (gunichar) -2) {
                p++;   /* an invalid byte ends a word */
            } else {
                p = g_utf8_next_char (p);
                if (g_unichar_isalpha (c)) {
                    char u[6];
                    int n;
                    c = g_unichar_tolower (c);
                    letter_clues (c, clue);
                    n = g_unichar_to_utf8 (c, u);
                    for (int i = 0; i < n; i++)
                        key_add (&k0, &k1, wlen++, (guchar) u[i]);
                    continue;
                }
                if (c == 0xBF || c == 0xA1) /* ¿ ¡ */
                    scores[L_ES] += 1.0;
            }
        }
        if (wlen > 0) {
            score_word (k0, k1, wlen, clue, scores);
            words++;
            wlen = 0;
            k0 = k1 = 0;
            memset (clue, 0, sizeof clue);
        }
    }
    if (wlen > 0) {
        score_word (k0, k1, wlen, clue, scores);
        words++;
    }
    if (words_out)
        *words_out = words;
    for (int l = 0; l < N_LANGS; l++)
        if (best == L_OTHER || scores[l] > scores[best])
            best = l;
    for (int l = 0; l < N_LANGS; l++)
        if (l != best && (second < 0 || scores[l] > scores[second]))
            second = l;
    /* Too few clues, a tie, or too few of our function words in a long text
     * (another language that shares a few words with ours). */
    if (scores[best] < 1.0 || scores[best] <= scores[second])
        return lang_names[L_OTHER];
    if (words >= 20 && (scores[L_EN] + scores[L_FR] + scores[L_ES]) / words < 0.08)
        return lang_names[L_OTHER];
    return lang_names[best];
}

const char *
rf_lang_detect (const char *text, gsize len)
{
    double scores[N_LANGS];
    return rf_lang_detect_scores (text, len, scores, NULL);
}

gboolean
rf_lang_uncertain (const char *text, gsize len)
{
    double scores[N_LANGS], best = 0, second = 0;
    int words = 0;
    if (!text || len > RF_LANG_SHORT_BYTES)
        return FALSE;
    rf_lang_detect_scores (text, len, scores, &words);
    if (words > RF_LANG_SHORT_WORDS)
        return FALSE;
    for (int l = 0; l < N_LANGS; l++) {
        if (scores[l] > best) {
            second = best;
            best = scores[l];
        } else if (scores[l] > second) {
            second = scores[l];
        }
    }
    return best - second < RF_LANG_CLEAR_MARGIN;
}
