// Russia's time zones, by the cities admins know them by. The methodology leaves the zone of the
// day boundaries open: Moscow time by default, the page's own zone when the admin chooses it.
export const RUSSIAN_TIME_ZONES: ReadonlyArray<{ id: string; name: string }> = [
  { id: 'Europe/Kaliningrad', name: 'Калининград (МСК−1)' },
  { id: 'Europe/Moscow', name: 'Москва (МСК)' },
  { id: 'Europe/Samara', name: 'Самара (МСК+1)' },
  { id: 'Asia/Yekaterinburg', name: 'Екатеринбург (МСК+2)' },
  { id: 'Asia/Omsk', name: 'Омск (МСК+3)' },
  { id: 'Asia/Krasnoyarsk', name: 'Красноярск (МСК+4)' },
  { id: 'Asia/Irkutsk', name: 'Иркутск (МСК+5)' },
  { id: 'Asia/Yakutsk', name: 'Якутск (МСК+6)' },
  { id: 'Asia/Vladivostok', name: 'Владивосток (МСК+7)' },
  { id: 'Asia/Magadan', name: 'Магадан (МСК+8)' },
  { id: 'Asia/Kamchatka', name: 'Камчатка (МСК+9)' },
];

export function timeZoneName(id: string): string {
  return RUSSIAN_TIME_ZONES.find((zone) => zone.id === id)?.name ?? id;
}
