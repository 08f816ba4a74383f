/** Cities that tech events are commonly held in, with their zone, for "in New York City". */
export interface City {
  /** Other ways posts write it; matched like the name. */
  aliases: string[]
  country: string
  name: string
  region?: string
  zone: string
}

const city = (
  name: string,
  zone: string,
  country: string,
  region?: string,
  aliases: string[] = [],
): City => ({
  aliases,
  country,
  name,
  region,
  zone,
})

export const CITIES: City[] = [
  city('New York City', 'America/New_York', 'United States', 'New York', [
    'New York',
    'NYC',
    'Manhattan',
  ]),
  city('Boston', 'America/New_York', 'United States', 'Massachusetts'),
  city('Washington, D.C.', 'America/New_York', 'United States', 'District of Columbia', [
    'Washington DC',
    'Washington, DC',
  ]),
  city('Atlanta', 'America/New_York', 'United States', 'Georgia'),
  city('Orlando', 'America/New_York', 'United States', 'Florida'),
  city('Chicago', 'America/Chicago', 'United States', 'Illinois'),
  city('Dallas', 'America/Chicago', 'United States', 'Texas'),
  city('Austin', 'America/Chicago', 'United States', 'Texas'),
  city('Houston', 'America/Chicago', 'United States', 'Texas'),
  city('Denver', 'America/Denver', 'United States', 'Colorado'),
  city('Phoenix', 'America/Phoenix', 'United States', 'Arizona'),
  city('Las Vegas', 'America/Los_Angeles', 'United States', 'Nevada'),
  city('Los Angeles', 'America/Los_Angeles', 'United States', 'California', ['LA']),
  city('San Diego', 'America/Los_Angeles', 'United States', 'California'),
  city('San Francisco', 'America/Los_Angeles', 'United States', 'California'),
  city('San Jose', 'America/Los_Angeles', 'United States', 'California'),
  city('Santa Clara', 'America/Los_Angeles', 'United States', 'California'),
  city('Seattle', 'America/Los_Angeles', 'United States', 'Washington'),
  city('Toronto', 'America/Toronto', 'Canada', 'Ontario'),
  city('Vancouver', 'America/Vancouver', 'Canada', 'British Columbia'),
  city('London', 'Europe/London', 'United Kingdom'),
  city('Paris', 'Europe/Paris', 'France'),
  city('Berlin', 'Europe/Berlin', 'Germany'),
  city('Munich', 'Europe/Berlin', 'Germany', 'Bavaria'),
  city('Frankfurt', 'Europe/Berlin', 'Germany', 'Hesse'),
  city('Hanover', 'Europe/Berlin', 'Germany', 'Lower Saxony', ['Hannover']),
  city('Amsterdam', 'Europe/Amsterdam', 'Netherlands'),
  city('Brussels', 'Europe/Brussels', 'Belgium'),
  city('Zurich', 'Europe/Zurich', 'Switzerland'),
  city('Moscow', 'Europe/Moscow', 'Russia'),
  city('Tokyo', 'Asia/Tokyo', 'Japan'),
  city('Singapore', 'Asia/Singapore', 'Singapore'),
  city('Bangalore', 'Asia/Kolkata', 'India', 'Karnataka', ['Bengaluru']),
  city('Sydney', 'Australia/Sydney', 'Australia', 'New South Wales'),
]
