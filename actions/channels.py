"""Fit a bot reply to the channel the person writes from.

``fit_reply(channel, text=…, buttons=…, custom=…)`` returns the messages to send
(keyword arguments of ``dispatcher.utter_message``):

- text longer than the channel accepts is cut into several messages, at paragraph, line,
  then word boundaries;
- more buttons than the channel shows, a title too long for it, or a payload too long for
  it (Telegram's callback data) → no buttons, a numbered list in the text instead;
- the cards of the web page (custom payloads ``{"kind": "orientation"|"contacts", …}``) are
  sent as they are where a client renders them (socket.io: wrapped in ``data``, which
  Rasa's socket.io channel emits as the message; REST: as ``custom``), and not at all
  elsewhere: the actions always send them beside texts that say the same thing.

The channel is ``tracker.get_latest_input_channel()``: the name of Rasa's input channel.
Limits as documented by each platform (pages read for this module):
Telegram https://core.telegram.org/bots/api#sendmessage (4096 characters) and
#inlinekeyboardbutton (callback data 1–64 bytes); Facebook Messenger
https://developers.facebook.com/docs/messenger-platform/send-messages (2000 characters) and
/send-messages/template/button (3 buttons, 640 characters, titles of 20 characters), Rasa's
Facebook channel sends buttons as that template; Slack
https://api.slack.com/reference/block-kit/blocks (section text 3000 characters, 25 elements
per actions block); Twilio https://www.twilio.com/docs/messaging/api/message-resource (body of
1600 characters, no buttons; also WhatsApp through Twilio).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable


@dataclass(frozen=True)
class Limits:
    text: int | None  # characters per message
    buttons: int | None  # buttons per message; 0: none at all
    title: int | None = None  # characters per button title
    payload_bytes: int | None = None  # bytes per button payload
    custom: bool = False  # renders the web page's cards
    wrap_custom: bool = False  # custom payload must be sent as {"data": …} (socket.io)


CHANNELS: dict[str, Limits] = {
    "socketio": Limits(text=None, buttons=12, custom=True, wrap_custom=True),  # web/static/chat.js shows 12
    "rest": Limits(text=None, buttons=None, custom=True),
    "telegram": Limits(text=4096, buttons=None, payload_bytes=64),
    "facebook": Limits(text=640, buttons=3, title=20),  # with buttons: button template; 2000 without
    "slack": Limits(text=3000, buttons=25),
    "twilio": Limits(text=1600, buttons=0),
}
# Facebook's plain text messages take 2000 characters; 640 only applies with buttons.
FACEBOOK_TEXT = 2000
DEFAULT = Limits(text=None, buttons=None, custom=True)  # cmdline, callback, tests, unknown


def limits_for(channel: str | None) -> Limits:
    return CHANNELS.get((channel or "").lower(), DEFAULT)


def split_text(text: str, limit: int | None) -> list[str]:
    """Cut text into pieces of at most `limit` characters, at the largest boundary that fits."""
    text = text.strip()
    if not limit or len(text) <= limit:
        return [text] if text else []
    pieces: list[str] = []
    for sep in ("\n\n", "\n", " "):
        parts = text.split(sep)
        if all(len(p) <= limit for p in parts):
            current = ""
            for part in parts:
                candidate = f"{current}{sep}{part}" if current else part
                if len(candidate) <= limit:
                    current = candidate
                else:
                    pieces.append(current)
                    current = part
            pieces.append(current)
            return [p.strip() for p in pieces if p.strip()]
    # A single word longer than the limit (a long link): hard cut.
    return [text[i:i + limit] for i in range(0, len(text), limit)]


def buttons_as_text(buttons: Iterable[dict[str, Any]]) -> str:
    lines = [f"{i}. {b.get('title') or b.get('payload')}" for i, b in enumerate(buttons, 1)]
    return "Répondez en recopiant votre choix :\n" + "\n".join(lines)


def _buttons_fit(buttons: list[dict[str, Any]], lim: Limits) -> bool:
    if lim.buttons is not None and len(buttons) > lim.buttons:
        return False
    for b in buttons:
        if lim.title is not None and len(str(b.get("title", ""))) > lim.title:
            return False
        if lim.payload_bytes is not None and len(str(b.get("payload", "")).encode("utf-8")) > lim.payload_bytes:
            return False
    return True


def fit_reply(channel: str | None, text: str | None = None, buttons: list[dict[str, Any]] | None = None,
              custom: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """The messages (``dispatcher.utter_message`` keyword arguments) for one reply on `channel`."""
    lim = limits_for(channel)
    messages: list[dict[str, Any]] = []
    text = (text or "").strip()
    buttons = list(buttons or [])
    if custom is not None and not lim.custom:
        custom = None  # cards are sent beside texts that say the same thing
    if buttons and not _buttons_fit(buttons, lim):
        text = f"{text}\n\n{buttons_as_text(buttons)}".strip()
        buttons = []
    text_limit = lim.text
    if channel == "facebook" and not buttons:
        text_limit = FACEBOOK_TEXT
    pieces = split_text(text, text_limit)
    for piece in pieces:
        messages.append({"text": piece})
    if buttons:
        if messages:
            messages[-1]["buttons"] = buttons
        else:
            messages.append({"buttons": buttons})
    if custom is not None:
        messages.append({"json_message": {"data": custom} if lim.wrap_custom else custom})
    return messages
