// Runs before first paint, so the page never flashes the wrong theme. It also follows the system
// setting from that moment until the reader picks a theme: a listener attached by React only at
// hydration would miss a change made before it (a reader on a slow phone switching to night mode).
const script = `(function(){var m,c=document.documentElement.classList;function s(){try{return localStorage.getItem('theme')}catch(e){return null}}function a(){var t=s();c.toggle('dark',t==='dark'||(t!=='light'&&m.matches))}try{m=window.matchMedia('(prefers-color-scheme: dark)');a();m.addEventListener('change',function(){if(!s())a()})}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
