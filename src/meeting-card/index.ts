import { defineElement } from '../shared/define.js';
import { MeetingCard } from './meeting-card.js';

export { MeetingCard };

defineElement('meeting-card', MeetingCard);

declare global {
  interface HTMLElementTagNameMap {
    'meeting-card': MeetingCard;
  }
}
