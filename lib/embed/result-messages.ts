import { getThreadMessages } from "@/lib/threads/messages";
import type { EmbedError, EmbedNotice } from "./embed-request";
import { ERROR_MESSAGES, NOTICE_MESSAGES } from "./embed-messages";

type ResultTexts = { notices: Record<EmbedNotice, string>; errors: Record<EmbedError, string> };

const de: ResultTexts = {
  notices: {
    posted: "Ihr Kommentar ist veröffentlicht.",
    held: "Danke. Ihr Kommentar erscheint, sobald ein Moderator ihn freigegeben hat.",
    saved: "Gespeichert.",
    deleted: "Gelöscht.",
    voted: "Stimme gezählt.",
    reported: "Danke. Die Moderatoren sehen es sich an.",
    signed_out: "Sie sind abgemeldet.",
  },
  errors: {
    invalid_input: "Prüfen Sie Ihren Text und versuchen Sie es erneut: Er darf weder leer noch zu lang sein.",
    unauthorized: "Melden Sie sich an, um mitzudiskutieren.",
    forbidden: "Das ist hier nicht möglich.",
    not_found: "Dieser Kommentar oder diese Diskussion existiert nicht mehr.",
    conflict: "Das geht gerade nicht: Die Diskussion ist vielleicht geschlossen oder der Kommentar wurde geändert.",
    payload_too_large: "Das war zu lang zum Senden.",
    rate_limited: "Etwas zu schnell. Warten Sie einen Moment und versuchen Sie es erneut.",
    unavailable: "Kommentare sind gerade nicht verfügbar. Versuchen Sie es gleich noch einmal.",
  },
};

const fr: ResultTexts = {
  notices: {
    posted: "Votre commentaire est publié.",
    held: "Merci. Votre commentaire apparaîtra dès qu’un modérateur l’aura approuvé.",
    saved: "Enregistré.",
    deleted: "Supprimé.",
    voted: "Vote pris en compte.",
    reported: "Merci. Les modérateurs vont y jeter un œil.",
    signed_out: "Vous êtes déconnecté.",
  },
  errors: {
    invalid_input: "Vérifiez votre texte et réessayez : il ne peut être ni vide ni trop long.",
    unauthorized: "Connectez-vous pour participer.",
    forbidden: "Vous ne pouvez pas faire cela ici.",
    not_found: "Ce commentaire ou cette discussion n’existe plus.",
    conflict: "Impossible pour le moment : la discussion est peut-être fermée, ou le commentaire a changé.",
    payload_too_large: "C’était trop long pour être envoyé.",
    rate_limited: "Vous allez un peu vite. Attendez un instant et réessayez.",
    unavailable: "Les commentaires sont indisponibles pour le moment. Réessayez dans un instant.",
  },
};

const es: ResultTexts = {
  notices: {
    posted: "Tu comentario está publicado.",
    held: "Gracias. Tu comentario aparecerá cuando un moderador lo apruebe.",
    saved: "Guardado.",
    deleted: "Eliminado.",
    voted: "Voto contado.",
    reported: "Gracias. Los moderadores lo revisarán.",
    signed_out: "Has cerrado la sesión.",
  },
  errors: {
    invalid_input: "Revisa lo que escribiste e inténtalo de nuevo: no puede estar vacío ni ser demasiado largo.",
    unauthorized: "Inicia sesión para participar.",
    forbidden: "No puedes hacer eso aquí.",
    not_found: "Ese comentario o esa conversación ya no existe.",
    conflict: "Ahora no se puede: quizá la conversación esté cerrada o el comentario haya cambiado.",
    payload_too_large: "Era demasiado largo para enviarlo.",
    rate_limited: "Vas un poco rápido. Espera un momento e inténtalo de nuevo.",
    unavailable: "Los comentarios no están disponibles ahora. Inténtalo de nuevo en un momento.",
  },
};

const TEXTS: Record<string, ResultTexts> = { en: { notices: NOTICE_MESSAGES, errors: ERROR_MESSAGES }, de, fr, es };

/** What a write's result code says, in the thread's language (the same choice as its other texts). */
export function getResultTexts(lang?: string): ResultTexts {
  return TEXTS[getThreadMessages(lang).locale] ?? TEXTS.en!;
}
