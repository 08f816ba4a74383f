/**
 * A WordPress export (WXR) that makes an import write to every collection it can: `count`
 * published posts in two categories of their own, one post scheduled for later (a publishing
 * job), and one post announcing an event. `tag` makes titles, categories and ids its own, so
 * several exports import side by side into one database.
 */
export const wxrExport = (tag: string, count: number): string => {
  const item = (i: number, status: string, date: string, body: string) => `
  <item>
    <title><![CDATA[${tag} post ${i}]]></title>
    <link>https://${tag}.example.com/${tag}/post-${i}/</link>
    <dc:creator><![CDATA[editor]]></dc:creator>
    <guid isPermaLink="false">https://${tag}.example.com/?p=${i}</guid>
    <content:encoded><![CDATA[${body}]]></content:encoded>
    <wp:post_id>${i}</wp:post_id>
    <wp:post_date><![CDATA[${date}]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[${date}]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[${tag}-post-${i}]]></wp:post_name>
    <wp:status><![CDATA[${status}]]></wp:status>
    <wp:post_type><![CDATA[post]]></wp:post_type>
    <category domain="category" nicename="${tag}-topic-${i % 2}"><![CDATA[${tag} topic ${i % 2}]]></category>
  </item>`
  const day = (i: number) => `2024-03-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`
  const items = Array.from({ length: count }, (_, i) =>
    item(i + 1, 'publish', day(i), `<p>Post ${i + 1} of ${tag}: why Xen matters for servers.</p>`),
  )
  items.push(item(count + 1, 'future', '2031-06-01 09:00:00', '<p>A post for later.</p>'))
  items.push(
    item(
      count + 2,
      'publish',
      '2024-04-02 10:00:00',
      '<p>The Virtualization Summit runs October 10-12, 2024 at the Moscone Center in San Francisco. Admission is free.</p>',
    ),
  )
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>${tag}</title>
  <link>https://${tag}.example.com</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_blog_url>https://${tag}.example.com</wp:base_blog_url>
${items.join('\n')}
</channel>
</rss>
`
}
