/* "Herinner mij" ([data-vk-reminder]): downloads a calendar event (.ics, RFC 5545) for a day
   6 or 12 weeks ahead ([data-vk-reminder-weeks]) that links back to this page on the published
   site ([data-vk-published], from site_url), or to the page as opened when that is a web
   address; from the offline copy (file://) or this computer without a published address it
   says there is no link. No server: the visitor's own calendar does the reminding. */

// This page's address for a calendar, or "" when it has none that works elsewhere.
const reminderLink = (button) => {
  if (button.dataset.vkPublished) return button.dataset.vkPublished;
  const local = /^(localhost|127\.|\[::1\])/.test(location.hostname);
  return location.protocol.startsWith("http") && !local ? location.href.split(/[?#]/)[0] : "";
};

// A local date as an iCalendar DATE: YYYYMMDD (Sweden writes dates as YYYY-MM-DD).
const icsDay = (date) => date.toLocaleDateString("sv").replace(/-/g, "");

// An iCalendar content line, folded at 75 characters as the standard asks.
const icsLine = (line) => line.match(/.{1,74}/g).join("\r\n ");

const downloadReminder = (button) => {
  const weeks = Number(document.querySelector("[data-vk-reminder-weeks]").value);
  const day = new Date();
  day.setDate(day.getDate() + 7 * weeks);
  const nextDay = new Date(day);
  nextDay.setDate(day.getDate() + 1);
  const stamp = new Date().toISOString().replace(/[-:]|\.\d+/g, "");
  const link = reminderLink(button);
  const where = link
    ? `Leg een nieuw moment vast en vergelijk het met toen: ${link}`
    : "Leg een nieuw moment vast en vergelijk het met toen: open je Vertrouwenskompas op dit apparaat (deze kopie heeft geen webadres).";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Vertrouwenskompas//NL",
    "BEGIN:VEVENT",
    `UID:${stamp}-${weeks}@vertrouwenskompas`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDay(day)}`,
    `DTEND;VALUE=DATE:${icsDay(nextDay)}`,
    "SUMMARY:Vertrouwenskompas: kijk opnieuw naar je kompas",
    `DESCRIPTION:${where}`,
    ...(link ? [`URL:${link}`] : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  downloadFile(lines.map(icsLine).join("\r\n") + "\r\n", "text/calendar", `vertrouwenskompas-herinnering-${icsDay(day)}.ics`);
  const noLink = link ? "" : " Er staat geen link in: deze kopie heeft geen webadres.";
  showMessage(`Zet de herinnering in je agenda: over ${weeks} weken, op ${day.toLocaleDateString("nl-NL", { dateStyle: "long" })}.${noLink}`);
};
