/* audit_letter_text.c - the words of the draft letter, in English, French
 * and Spanish. Each entry is a whole sentence so that it reads naturally in
 * its language; {name} placeholders are filled by audit_letter.c. Facts
 * speak of messages, invoices and requests, never of a person. */
#include "config.h"
#include "audit/audit_letter.h"

#include <string.h>

static const rf_letter_text_t texts[] = {
    {
        .lang = "en",
        .subject_label = "Subject:",
        .greeting = "Dear {name} team,",
        .closing = "Kind regards,",
        .signature = "[Your name]",
        .subject = { "Reviewing our work together", "A proposal for new terms",
                     "Ending our collaboration" },
        .checkin = { "I hope all is well. As we regularly do with our clients, I would like to take "
                     "stock of the past months and of what comes next.",
                     "Would you have 30 minutes for a short review meeting in the coming weeks? Let me "
                     "know a time that suits you and I will send an invitation." },
        .checkin_contract = "It would also be a good moment to prepare the renewal of our contract, "
                            "which ends on {date}.",
        .reneg_open = "Thank you for the work we have done together. Looking back at the past months, "
                      "I would like to propose some changes to how we work, so that the collaboration "
                      "stays sustainable for both sides.",
        .facts_intro = "Between {since} and {until}:",
        .reneg_propose = "I would therefore like to propose new terms:",
        .proposal = {
            [RF_THEME_NONE] = "a short monthly review to agree on priorities together.",
            [RF_THEME_RESPONSE] = "response times agreed on both sides, with a fixed weekly slot for "
                                  "questions and approvals;",
            [RF_THEME_PAYMENT] = "invoices paid within the agreed terms, with an advance payment for "
                                 "each new month of work;",
            [RF_THEME_SCOPE] = "a clearly defined scope, with any additional request quoted and billed "
                               "separately;",
            [RF_THEME_LOAD] = "a monthly budget that matches the time the work really takes, and one "
                              "weekly status update instead of ad hoc follow-ups;",
        },
        .reneg_start_contract = "These terms would apply from the renewal of our contract on {date}.",
        .reneg_start = "These terms would apply from next month.",
        .reneg_close = "I would be glad to discuss this in a short meeting; let me know what suits you.",
        .exit_open = "Thank you for the trust you have placed in us and for the work we have done "
                     "together.",
        .exit_decision = "After reviewing the past months, we have decided not to continue our "
                         "collaboration. The decision rests on the following facts, between {since} "
                         "and {until}:",
        .exit_decision_nofacts = "After reviewing the past months, we have decided not to continue our "
                                 "collaboration.",
        .exit_contract = "We will therefore not renew our contract, which ends on {date}; until then we "
                         "will honour our commitments.",
        .exit_handover = "We will make the handover a clean one: we will complete or hand over all "
                         "pending work, with the files, access and documentation you need, and a call "
                         "with whoever takes over if you wish.",
        .exit_goodwill = "As a goodwill gesture, we offer {gift}.",
        .exit_close = "We wish you every success for the future.",
        .response = "Replies to our messages took {median} (median).",
        .response_agreed = "Replies to our messages took {median} (median), against an agreed "
                           "response time of {agreed}.",
        .response_unanswered = "{n} of our {of} messages that needed a reply received none.",
        .payment_late = "{n} of the {of} invoices due in this period were paid after their due date, "
                        "{max} late at most; weighted by amount, payment came {mean} late on average.",
        .payment_overdue_one = "One invoice of {amount} is past due and still unpaid.",
        .payment_overdue_many = "{n} invoices totalling {amount} are past due and still unpaid.",
        .scope = "{n} of your {of} messages asked for changes or additions to the agreed work.",
        .indecision = "{n} of your {of} messages went back on a decision already taken.",
        .indecision_one = "One of your {of} messages went back on a decision already taken.",
        .load = "We exchanged {n} messages ({in} from you, {out} from us), a volume the current "
                "budget does not cover.",
        .tone = "Several recent messages were written in terms that we cannot accept in a working "
                "relationship.",
        .unethical = "We received requests for work that our professional standards do not allow us "
                     "to carry out.",
        .response_unanswered_one = "One of our {of} messages that needed a reply received none.",
        .payment_late_one = "One invoice due in this period was paid {max} after its due date.",
        .scope_one = "One of your {of} messages asked for changes or additions to the agreed work.",
        .tone_since = "{n} messages we received since {date} were written in terms that we cannot accept "
                      "in a working relationship.",
        .tone_one = "A message we received on {date} was written in terms that we cannot accept in a "
                    "working relationship.",
        .unethical_on = "On {date}, we were asked for work that our professional standards do not allow us "
                        "to carry out.",
        .value = "We have repeatedly disagreed on the direction of the work and on its value.",
        .months = { "January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December" },
        .date_fmt = "{d} {month} {y}",
        .minute = { "minute", "minutes" },
        .hour = { "hour", "hours" },
        .day = { "day", "days" },
        .decimal = '.',
        .thousands = ",",
    },
    {
        .lang = "fr",
        .subject_label = "Objet :",
        .greeting = "Chère équipe de {name},",
        .closing = "Cordialement,",
        .signature = "[Votre nom]",
        .subject = { "Faire le point sur notre collaboration",
                     "Proposition de nouvelles conditions", "Fin de notre collaboration" },
        .checkin = { "J'espère que tout va bien de votre côté. Comme nous le faisons régulièrement "
                     "avec nos clients, je souhaiterais faire le point sur les derniers mois et sur "
                     "la suite.",
                     "Auriez-vous 30 minutes pour une courte réunion de bilan dans les prochaines "
                     "semaines ? Indiquez-moi un créneau qui vous convient et je vous enverrai une "
                     "invitation." },
        .checkin_contract = "Ce serait aussi l'occasion de préparer le renouvellement de notre "
                            "contrat, qui arrive à échéance le {date}.",
        .reneg_open = "Merci pour le travail mené ensemble. En regardant les derniers mois, je "
                      "souhaiterais vous proposer d'ajuster notre façon de travailler, afin que la "
                      "collaboration reste viable pour les deux parties.",
        .facts_intro = "Entre le {since} et le {until} :",
        .reneg_propose = "Je vous propose donc de nouvelles conditions :",
        .proposal = {
            [RF_THEME_NONE] = "un court point mensuel pour convenir ensemble des priorités.",
            [RF_THEME_RESPONSE] = "des délais de réponse convenus de part et d'autre, avec un créneau "
                                  "hebdomadaire fixe pour les questions et les validations ;",
            [RF_THEME_PAYMENT] = "le règlement des factures dans les délais convenus, avec un acompte "
                                 "pour chaque nouveau mois de travail ;",
            [RF_THEME_SCOPE] = "un périmètre clairement défini, toute demande supplémentaire faisant "
                               "l'objet d'un devis et d'une facturation à part ;",
            [RF_THEME_LOAD] = "un budget mensuel qui corresponde au temps réellement nécessaire, et "
                              "un point d'avancement hebdomadaire plutôt que des relances au fil de "
                              "l'eau ;",
        },
        .reneg_start_contract = "Ces conditions s'appliqueraient à partir du renouvellement de notre "
                                "contrat, le {date}.",
        .reneg_start = "Ces conditions s'appliqueraient à partir du mois prochain.",
        .reneg_close = "Je vous propose d'en parler lors d'un court rendez-vous ; dites-moi quel "
                       "moment vous convient.",
        .exit_open = "Merci pour la confiance que vous nous avez accordée et pour le travail "
                     "accompli ensemble.",
        .exit_decision = "Après avoir fait le bilan des derniers mois, nous avons décidé de ne pas "
                         "poursuivre notre collaboration. Cette décision repose sur les faits "
                         "suivants, entre le {since} et le {until} :",
        .exit_decision_nofacts = "Après avoir fait le bilan des derniers mois, nous avons décidé de "
                                 "ne pas poursuivre notre collaboration.",
        .exit_contract = "Nous ne renouvellerons donc pas notre contrat, qui arrive à échéance le "
                         "{date} ; d'ici là, nous honorerons nos engagements.",
        .exit_handover = "Nous assurerons une transition propre : nous terminerons ou vous remettrons "
                         "tous les travaux en cours, avec les fichiers, accès et documents "
                         "nécessaires, et un échange avec la personne qui prendra le relais si vous "
                         "le souhaitez.",
        .exit_goodwill = "En geste de bonne volonté, nous vous proposons {gift}.",
        .exit_close = "Nous vous souhaitons une excellente continuation.",
        .response = "Nos messages ont attendu une réponse {median} en médiane.",
        .response_agreed = "Nos messages ont attendu une réponse {median} en médiane, pour un délai "
                           "de réponse convenu de {agreed}.",
        .response_unanswered = "{n} de nos {of} messages qui appelaient une réponse sont restés sans "
                               "réponse.",
        .payment_late = "{n} des {of} factures échues sur la période ont été réglées après leur "
                        "échéance, avec {max} de retard au plus ; pondéré par les montants, le retard "
                        "moyen est de {mean}.",
        .payment_overdue_one = "Une facture de {amount} est échue et reste impayée.",
        .payment_overdue_many = "{n} factures, pour un total de {amount}, sont échues et restent "
                                "impayées.",
        .scope = "{n} de vos {of} messages demandaient des modifications ou des ajouts au travail "
                 "convenu.",
        .indecision = "{n} de vos {of} messages revenaient sur une décision déjà prise.",
        .indecision_one = "Un de vos {of} messages revenait sur une décision déjà prise.",
        .load = "Nous avons échangé {n} messages ({in} de votre part, {out} de la nôtre), un volume "
                "que le budget actuel ne couvre pas.",
        .tone = "Plusieurs messages récents ont été rédigés dans des termes que nous ne pouvons pas "
                "accepter dans une relation de travail.",
        .unethical = "Nous avons reçu des demandes que nos règles professionnelles ne nous "
                     "permettent pas d'accepter.",
        .response_unanswered_one = "Un de nos {of} messages qui appelaient une réponse est resté sans "
                                   "réponse.",
        .payment_late_one = "Une facture échue sur la période a été réglée {max} après son échéance.",
        .scope_one = "Un de vos {of} messages demandait des modifications ou des ajouts au travail "
                     "convenu.",
        .tone_since = "{n} messages reçus depuis le {date} étaient rédigés dans des termes que nous ne "
                      "pouvons pas accepter dans une relation de travail.",
        .tone_one = "Un message reçu le {date} était rédigé dans des termes que nous ne pouvons pas "
                    "accepter dans une relation de travail.",
        .unethical_on = "Le {date}, il nous a été demandé un travail que nos règles professionnelles ne nous "
                        "permettent pas d'accepter.",
        .value = "Nous avons été à plusieurs reprises en désaccord sur l'orientation du travail et "
                 "sur sa valeur.",
        .months = { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                    "septembre", "octobre", "novembre", "décembre" },
        .date_fmt = "{d} {month} {y}",
        .minute = { "minute", "minutes" },
        .hour = { "heure", "heures" },
        .day = { "jour", "jours" },
        .decimal = ',',
        .thousands = "\xe2\x80\xaf",     /* narrow no-break space */
    },
    {
        .lang = "es",
        .subject_label = "Asunto:",
        .greeting = "Estimado equipo de {name}:",
        .closing = "Saludos cordiales,",
        .signature = "[Su nombre]",
        .subject = { "Revisión de nuestra colaboración", "Propuesta de nuevas condiciones",
                     "Fin de nuestra colaboración" },
        .checkin = { "Espero que todo vaya bien. Como hacemos regularmente con nuestros clientes, me "
                     "gustaría hacer balance de los últimos meses y de los próximos pasos.",
                     "¿Tendrían 30 minutos para una breve reunión de revisión en las próximas "
                     "semanas? Indíquenme un horario que les convenga y les enviaré una invitación." },
        .checkin_contract = "Sería también un buen momento para preparar la renovación de nuestro "
                            "contrato, que vence el {date}.",
        .reneg_open = "Gracias por el trabajo que hemos realizado juntos. Tras revisar los últimos "
                      "meses, me gustaría proponerles algunos ajustes en nuestra forma de trabajar, "
                      "para que la colaboración siga siendo sostenible para ambas partes.",
        .facts_intro = "Entre el {since} y el {until}:",
        .reneg_propose = "Por ello, les propongo nuevas condiciones:",
        .proposal = {
            [RF_THEME_NONE] = "una breve revisión mensual para acordar juntos las prioridades.",
            [RF_THEME_RESPONSE] = "plazos de respuesta acordados por ambas partes, con un horario "
                                  "semanal fijo para consultas y aprobaciones;",
            [RF_THEME_PAYMENT] = "el pago de las facturas dentro de los plazos acordados, con un "
                                 "anticipo por cada nuevo mes de trabajo;",
            [RF_THEME_SCOPE] = "un alcance claramente definido, en el que cualquier petición adicional "
                               "se presupueste y facture por separado;",
            [RF_THEME_LOAD] = "un presupuesto mensual acorde con el tiempo que el trabajo requiere "
                              "realmente, y una actualización semanal en lugar de consultas "
                              "continuas;",
        },
        .reneg_start_contract = "Estas condiciones se aplicarían a partir de la renovación de nuestro "
                                "contrato, el {date}.",
        .reneg_start = "Estas condiciones se aplicarían a partir del próximo mes.",
        .reneg_close = "Con gusto lo hablamos en una breve reunión; díganme qué momento les viene "
                       "bien.",
        .exit_open = "Gracias por la confianza que han depositado en nosotros y por el trabajo que "
                     "hemos realizado juntos.",
        .exit_decision = "Tras revisar los últimos meses, hemos decidido no continuar nuestra "
                         "colaboración. La decisión se basa en los siguientes hechos, entre el "
                         "{since} y el {until}:",
        .exit_decision_nofacts = "Tras revisar los últimos meses, hemos decidido no continuar nuestra "
                                 "colaboración.",
        .exit_contract = "Por tanto, no renovaremos nuestro contrato, que vence el {date}; hasta "
                         "entonces cumpliremos nuestros compromisos.",
        .exit_handover = "Nos encargaremos de un traspaso ordenado: terminaremos o les entregaremos "
                         "todo el trabajo pendiente, con los archivos, accesos y documentación "
                         "necesarios, y una llamada con quien tome el relevo si lo desean.",
        .exit_goodwill = "Como gesto de buena voluntad, les ofrecemos {gift}.",
        .exit_close = "Les deseamos mucho éxito en el futuro.",
        .response = "Nuestros mensajes esperaron una respuesta {median} de mediana.",
        .response_agreed = "Nuestros mensajes esperaron una respuesta {median} de mediana, frente a "
                           "un plazo de respuesta acordado de {agreed}.",
        .response_unanswered = "{n} de nuestros {of} mensajes que requerían respuesta quedaron sin "
                               "respuesta.",
        .payment_late = "{n} de las {of} facturas vencidas en el periodo se pagaron después de su "
                        "vencimiento, con {max} de retraso como máximo; ponderado por importe, el "
                        "retraso medio fue de {mean}.",
        .payment_overdue_one = "Una factura de {amount} está vencida y pendiente de pago.",
        .payment_overdue_many = "{n} facturas, por un total de {amount}, están vencidas y "
                                "pendientes de pago.",
        .scope = "{n} de sus {of} mensajes pedían cambios o añadidos al trabajo acordado.",
        .indecision = "{n} de sus {of} mensajes volvían sobre una decisión ya tomada.",
        .indecision_one = "Uno de sus {of} mensajes volvía sobre una decisión ya tomada.",
        .load = "Intercambiamos {n} mensajes ({in} suyos y {out} nuestros), un volumen que el "
                "presupuesto actual no cubre.",
        .tone = "Varios mensajes recientes se redactaron en unos términos que no podemos aceptar en "
                "una relación profesional.",
        .unethical = "Recibimos peticiones de trabajos que nuestras normas profesionales no nos "
                     "permiten realizar.",
        .response_unanswered_one = "Uno de nuestros {of} mensajes que requerían respuesta quedó sin "
                                   "respuesta.",
        .payment_late_one = "Una factura vencida en el periodo se pagó {max} después de su vencimiento.",
        .scope_one = "Uno de sus {of} mensajes pedía cambios o añadidos al trabajo acordado.",
        .tone_since = "{n} mensajes recibidos desde el {date} estaban redactados en unos términos que no "
                      "podemos aceptar en una relación profesional.",
        .tone_one = "Un mensaje recibido el {date} estaba redactado en unos términos que no podemos "
                    "aceptar en una relación profesional.",
        .unethical_on = "El {date} se nos pidió un trabajo que nuestras normas profesionales no nos "
                        "permiten realizar.",
        .value = "Hemos discrepado en varias ocasiones sobre la orientación del trabajo y sobre su "
                 "valor.",
        .months = { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                    "septiembre", "octubre", "noviembre", "diciembre" },
        .date_fmt = "{d} de {month} de {y}",
        .minute = { "minuto", "minutos" },
        .hour = { "hora", "horas" },
        .day = { "día", "días" },
        .decimal = ',',
        .thousands = ".",
    },
};

const rf_letter_text_t *
rf_letter_text (const char *lang)
{
    for (guint i = 0; lang && i < G_N_ELEMENTS (texts); i++)
        if (!strcmp (texts[i].lang, lang))
            return &texts[i];
    return &texts[0];
}
