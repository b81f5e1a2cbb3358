/**
 * CSS for the injected UI. Both sheets live in the content script's shadow root, so selectors are short and
 * unscoped; `:host { all: initial }` stops the page's inherited styles (font, colour, line-height...) leaking in.
 * Each sheet is self-contained (own custom properties on its own root element) so the pill can ship without the card.
 */

const FONT = // i18n-ignore: a CSS font stack, not text
  'ui-sans-serif,system-ui,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';

/** Always injected: keep it small. */
export const PILL_CSS = `:host{all:initial}
.lm-pill{--b:#fff;--f:#1f2128;--a:#4f46e5;--r:#4338ca;--e:#d9dbe1;position:fixed;right:16px;bottom:16px;z-index:2147483647;display:flex;align-items:center;box-sizing:border-box;height:36px;max-width:calc(100vw - 32px);padding:0 14px 0 11px;border:1px solid var(--e);border-radius:18px;background:var(--b);color:var(--f);box-shadow:0 4px 14px rgb(0 0 0/.14);font:600 13px/1 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer;transition:box-shadow .15s}
.lm-pill[hidden]{display:none}
.lm-pill:hover{box-shadow:0 6px 20px rgb(0 0 0/.2)}
.lm-pill:focus-visible{outline:2px solid var(--r);outline-offset:2px}
.lm-pill[aria-expanded=true]{border-color:var(--a)}
.lm-pill svg{width:16px;height:16px;flex:none;margin-right:6px;color:var(--a)}
.lm-pill-t{max-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;opacity:0;font-weight:500;transition:max-width .2s,opacity .2s}
.lm-pill:hover .lm-pill-t,.lm-pill:focus-visible .lm-pill-t{max-width:260px;margin-left:8px;opacity:1}
.lm-pill[data-count]::after{content:attr(data-count);flex:none;min-width:8px;margin:0 -6px 0 8px;padding:0 5px;border-radius:9px;background:var(--a);color:var(--b);font-size:11px;line-height:18px;text-align:center}
@media (prefers-color-scheme:dark){.lm-pill{--b:#23252b;--f:#ececf1;--a:#a5a0ff;--r:#a5b4fc;--e:#3a3d46}}
@media (prefers-reduced-motion:reduce){.lm-pill,.lm-pill-t{transition:none}}
@media (forced-colors:active){.lm-pill:focus-visible{outline-color:Highlight}}
`;

/**
 * The permission-note badge, injected with the pill (only on pages a note covers): keep it small.
 * Above the pill; in the pill's place when no tip is offered. Calm level colours, >= 4.5:1.
 */
export const NOTE_CSS = `.lm-nb{--r:#4338ca;--e:#d9dbe1;position:fixed;right:16px;bottom:60px;z-index:2147483647;display:flex;align-items:center;gap:6px;box-sizing:border-box;max-width:min(360px,calc(100vw - 32px));min-height:28px;padding:4px 11px 4px 9px;border:1px solid var(--e);border-radius:14px;background:var(--b);color:var(--f);box-shadow:0 2px 8px rgb(0 0 0/.12);font:500 12px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.lm-nb[hidden]{display:none}
.lm-pill[hidden]~.lm-nb{bottom:16px}
.lm-nb[data-level=allowed]{--f:#17613a;--b:#eef8f1}
.lm-nb[data-level=caution]{--f:#8a4b08;--b:#fdf3e4}
.lm-nb[data-level=blocked]{--f:#a1231b;--b:#fdeeed}
.lm-nb svg{width:14px;height:14px;flex:none}
.lm-nb-l{flex:none;font-weight:700}
.lm-nb-t{min-width:0;max-width:200px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.lm-nb:hover .lm-nb-t,.lm-nb:focus-within .lm-nb-t{max-width:none;white-space:normal;overflow-wrap:anywhere}
.lm-nb a{flex:none;color:inherit;font-weight:600}
.lm-nb:focus-visible,.lm-nb a:focus-visible{outline:2px solid var(--r);outline-offset:2px}
@media (prefers-color-scheme:dark){.lm-nb{--r:#a5b4fc;--e:#3a3d46}.lm-nb[data-level=allowed]{--f:#94dcb3;--b:#1a2f27}.lm-nb[data-level=caution]{--f:#f5c580;--b:#35291a}.lm-nb[data-level=blocked]{--f:#ffb4ab;--b:#3a1d1c}}
@media (forced-colors:active){.lm-nb{border-color:CanvasText}.lm-nb:focus-visible,.lm-nb a:focus-visible{outline-color:Highlight}}
`;

/**
 * The "approved AI tool" note on AI tools the company didn't approve (ai-watch). Small, top right,
 * never modal: the page stays fully usable.
 */
export const SHADOW_NOTE_CSS = `:host{all:initial}
.lm-sn{--b:#fff;--f:#1f2128;--a:#4338ca;--e:#d9dbe1;position:fixed;top:16px;right:16px;z-index:2147483647;display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;box-sizing:border-box;max-width:min(420px,calc(100vw - 32px));padding:10px 12px 10px 14px;border:1px solid var(--e);border-radius:12px;background:var(--b);color:var(--f);box-shadow:0 4px 14px rgb(0 0 0/.14);font:400 13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.lm-sn p{flex:1 1 200px;margin:0}
.lm-sn a{color:var(--a);font-weight:600}
.lm-sn button{padding:4px 10px;border:1px solid var(--e);border-radius:7px;background:transparent;color:inherit;font:inherit;font-weight:500;cursor:pointer}
.lm-sn button:hover{border-color:currentColor}
.lm-sn :focus-visible{outline:2px solid var(--a);outline-offset:2px}
@media (prefers-color-scheme:dark){.lm-sn{--b:#23252b;--f:#ececf1;--a:#a5b4fc;--e:#3a3d46}}
@media (forced-colors:active){.lm-sn{border-color:CanvasText}.lm-sn :focus-visible{outline-color:Highlight}}
`;

/** Loaded with the card only. */
export const CARD_CSS = `:host{all:initial}
.lm-card{
  --lm-bg:#fff;--lm-bg-2:#f6f7f9;--lm-bg-hover:#eef0f3;
  --lm-fg:#17181c;--lm-fg-2:#3b3f4c;--lm-muted:#5d6170;
  --lm-border:#e4e6eb;--lm-border-strong:#c8cbd3;
  --lm-accent:#4f46e5;--lm-accent-hover:#4338ca;--lm-on-accent:#fff;--lm-accent-soft:#eef0ff;--lm-accent-text:#4338ca;
  --lm-ring:#4338ca;--lm-ok:#166534;--lm-warn:#9a3412;
  --lm-chip:#f0f1f4;--lm-chip-fg:#3b3f4c;
  --lm-clarity:#e8f1fd;--lm-clarity-fg:#1d4f91;--lm-skill:#f1ecfe;--lm-skill-fg:#5b30b5;
  --lm-confidence:#e6f5ec;--lm-confidence-fg:#17613a;--lm-permission:#fdf0df;--lm-permission-fg:#8a4b08;
  --lm-blocked:#fdecea;--lm-blocked-fg:#a1231b;
  --lm-brand:linear-gradient(135deg,#6366f1,#8b5cf6);
  --lm-shadow:0 1px 2px rgb(16 24 40/.06),0 4px 8px -2px rgb(16 24 40/.08),0 20px 40px -8px rgb(16 24 40/.22);
  color-scheme:light;
  position:fixed;right:16px;bottom:64px;z-index:2147483647;
  box-sizing:border-box;display:flex;flex-direction:column;
  width:min(380px,calc(100vw - 32px));max-height:calc(100vh - 84px);
  overflow:hidden;
  background:var(--lm-bg);color:var(--lm-fg);
  border:1px solid var(--lm-border);border-radius:14px;box-shadow:var(--lm-shadow);
  font:400 14px/1.45 ${FONT};letter-spacing:normal;text-align:left;text-transform:none;
  -webkit-font-smoothing:antialiased;-moz-osx-font-smoothing:grayscale;
  transform-origin:bottom right;animation:lm-in .18s cubic-bezier(.2,.8,.2,1);
}
@media (prefers-color-scheme:dark){.lm-card{
  --lm-bg:#1c1d22;--lm-bg-2:#24262c;--lm-bg-hover:#2d2f36;
  --lm-fg:#ededf0;--lm-fg-2:#c9ccd4;--lm-muted:#a2a6b3;
  --lm-border:#32343c;--lm-border-strong:#4a4d57;
  --lm-accent:#5a51e6;--lm-accent-hover:#4f46e5;--lm-on-accent:#fff;--lm-accent-soft:#2a2850;--lm-accent-text:#aeb4ff;
  --lm-ring:#a5b4fc;--lm-ok:#7ddc9f;--lm-warn:#fdba74;
  --lm-chip:#2b2d34;--lm-chip-fg:#c9ccd4;
  --lm-clarity:#1f2a3c;--lm-clarity-fg:#a8cbff;--lm-skill:#2a2440;--lm-skill-fg:#cdbbff;
  --lm-confidence:#1a2f27;--lm-confidence-fg:#94dcb3;--lm-permission:#35291a;--lm-permission-fg:#f5c580;
  --lm-blocked:#3a1d1c;--lm-blocked-fg:#ffb4ab;
  --lm-shadow:0 1px 2px rgb(0 0 0/.3),0 20px 48px -8px rgb(0 0 0/.6);
  color-scheme:dark;
}}
@keyframes lm-in{from{opacity:0;transform:translateY(8px) scale(.98)}to{opacity:1;transform:none}}
.lm-card *,.lm-card *::before,.lm-card *::after{box-sizing:border-box}
/* :where() keeps resets at zero specificity so component classes below win without !important. */
:where(.lm-card) :where(h2,p,ul){margin:0;padding:0}
:where(.lm-card) ul{list-style:none}
:where(.lm-card) :where(button,select,textarea){font:inherit;color:inherit;letter-spacing:inherit;margin:0}
:where(.lm-card) button{cursor:pointer;-webkit-tap-highlight-color:transparent}
.lm-card :focus{outline:none}
.lm-card :focus-visible{outline:2px solid var(--lm-ring);outline-offset:2px}
.lm-icon{flex:none;display:block}
.lm-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}

.lm-head{display:flex;align-items:center;gap:10px;padding:12px 10px 12px 16px;border-bottom:1px solid var(--lm-border)}
.lm-head:focus-visible{outline-offset:-2px;border-radius:13px 13px 0 0}
.lm-mark{display:grid;place-items:center;flex:none;width:28px;height:28px;border-radius:8px;background:var(--lm-brand);color:#fff;box-shadow:inset 0 0 0 1px rgb(255 255 255/.15)}
.lm-head-text{flex:1;min-width:0}
.lm-head-title{font-size:13.5px;font-weight:600;line-height:1.3;color:var(--lm-fg)}
.lm-context{margin-top:1px;font-size:12px;line-height:1.35;color:var(--lm-muted);overflow:hidden;white-space:nowrap;text-overflow:ellipsis}

.lm-icon-btn{display:inline-grid;place-items:center;flex:none;width:28px;height:28px;padding:0;border:0;border-radius:7px;background:transparent;color:var(--lm-muted);transition:background-color .12s,color .12s}
.lm-icon-btn:hover{background:var(--lm-bg-hover);color:var(--lm-fg)}

.lm-body{flex:1 1 auto;min-height:0;overflow-y:auto;overscroll-behavior:contain;padding:16px 16px 12px}
.lm-title{font-size:16px;font-weight:600;line-height:1.35;letter-spacing:-.01em;color:var(--lm-fg);overflow-wrap:anywhere}
.lm-why{margin-top:6px;color:var(--lm-fg-2);overflow-wrap:anywhere}
.lm-chips{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}
.lm-chip{display:inline-flex;align-items:center;gap:6px;height:22px;padding:0 8px;border-radius:999px;background:var(--lm-chip);color:var(--lm-chip-fg);font-size:12px;font-weight:500;line-height:1;white-space:nowrap}
.lm-chip-dot{width:6px;height:6px;border-radius:50%;background:currentColor}
.lm-gap-clarity{background:var(--lm-clarity);color:var(--lm-clarity-fg)}
.lm-gap-skill{background:var(--lm-skill);color:var(--lm-skill-fg)}
.lm-gap-confidence{background:var(--lm-confidence);color:var(--lm-confidence-fg)}
.lm-gap-permission{background:var(--lm-permission);color:var(--lm-permission-fg)}

.lm-prompt{margin-top:14px}
.lm-prompt-head{display:flex;align-items:baseline;gap:8px;margin-bottom:6px;min-height:22px}
.lm-label{font-size:12.5px;font-weight:600;color:var(--lm-fg-2)}
.lm-textarea{display:block;width:100%;min-height:88px;max-height:45vh;padding:9px 11px;border:1px solid var(--lm-border-strong);border-radius:9px;background:var(--lm-bg-2);color:var(--lm-fg);font-size:13px;line-height:1.45;resize:vertical;overflow-wrap:anywhere;transition:border-color .12s,background-color .12s}
.lm-textarea:hover{border-color:var(--lm-muted)}
.lm-textarea:focus-visible{outline-offset:1px;border-color:var(--lm-ring);background:var(--lm-bg)}
.lm-hint{flex:1;min-width:0;font-size:12px;color:var(--lm-muted);line-height:1.4}
.lm-tool{display:flex;align-items:center;gap:8px;margin-top:10px;font-size:12.5px;font-weight:500;color:var(--lm-fg-2)}
.lm-select-wrap{position:relative;display:inline-flex;align-items:center}
.lm-select{appearance:none;-webkit-appearance:none;height:28px;max-width:200px;padding:0 26px 0 9px;border:1px solid var(--lm-border-strong);border-radius:7px;background:var(--lm-bg);color:var(--lm-fg);font-size:12.5px;font-weight:500;text-overflow:ellipsis;cursor:pointer}
.lm-select:hover{border-color:var(--lm-muted)}
.lm-select-wrap .lm-icon{position:absolute;right:7px;pointer-events:none;color:var(--lm-muted)}

.lm-actions{display:flex;gap:8px;margin-top:12px}
.lm-btn{display:inline-flex;align-items:center;justify-content:center;gap:7px;min-width:0;min-height:36px;padding:6px 14px;border:1px solid transparent;border-radius:9px;font-size:13.5px;font-weight:600;line-height:1.2;text-align:center;transition:background-color .12s,border-color .12s,box-shadow .12s}
.lm-btn>span{min-width:0;overflow-wrap:break-word}
.lm-btn:active{transform:translateY(.5px)}
.lm-primary{flex:1 1 auto;background:var(--lm-accent);color:var(--lm-on-accent);box-shadow:0 1px 2px rgb(16 24 40/.12),inset 0 1px 0 rgb(255 255 255/.12)}
.lm-primary:hover{background:var(--lm-accent-hover)}
.lm-secondary{flex:none;background:var(--lm-bg);border-color:var(--lm-border-strong);color:var(--lm-fg)}
.lm-secondary:hover{background:var(--lm-bg-hover)}
.lm-note{display:flex;gap:6px;align-items:flex-start;margin-top:8px;font-size:12px;line-height:1.4;color:var(--lm-muted)}
.lm-note .lm-icon{margin-top:1px}

.lm-status{display:flex;gap:7px;align-items:flex-start;font-size:13px;font-weight:500;line-height:1.4}
.lm-status:not(:empty){margin-top:10px;padding:8px 10px;border-radius:8px;background:var(--lm-bg-2)}
.lm-status .lm-icon{margin-top:1px}
.lm-status[data-tone=ok]{color:var(--lm-ok)}
.lm-status[data-tone=warn]{color:var(--lm-warn)}
.lm-status[data-tone=info]{color:var(--lm-fg-2)}

.lm-row{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 8px;margin-top:10px}
.lm-ghost{display:inline-flex;align-items:center;gap:6px;height:30px;padding:0 8px;margin-left:-8px;border:0;border-radius:7px;background:transparent;color:var(--lm-fg-2);font-size:13px;font-weight:500;white-space:nowrap;transition:background-color .12s,color .12s}
.lm-ghost:hover{background:var(--lm-bg-hover);color:var(--lm-fg)}
.lm-ghost[data-nudge=true]{color:var(--lm-accent-text)}
.lm-ghost[aria-disabled=true]{color:var(--lm-ok);cursor:default;background:transparent}
.lm-pager{display:flex;align-items:center;gap:2px;margin-left:auto}
.lm-count{min-width:44px;font-size:12px;font-variant-numeric:tabular-nums;color:var(--lm-muted);text-align:center}
.lm-next{margin-left:0;padding:0 6px 0 8px;font-size:12.5px}
.lm-reset{flex:none;height:22px;padding:0 6px;margin:0 -6px 0 0;border:0;border-radius:6px;background:transparent;color:var(--lm-accent-text);font-size:12px;font-weight:500}
.lm-reset:hover{background:var(--lm-accent-soft)}

.lm-foot{display:flex;flex-wrap:wrap;align-items:center;gap:0 2px;padding:6px 10px;border-top:1px solid var(--lm-border);background:var(--lm-bg-2)}
.lm-quiet{height:28px;padding:0 7px;border:0;border-radius:6px;background:transparent;color:var(--lm-muted);font-size:12.5px;font-weight:500;white-space:nowrap;transition:background-color .12s,color .12s}
.lm-quiet:hover{background:var(--lm-bg-hover);color:var(--lm-fg)}

/* Company policy: notes as calm callouts in the level's colour; text only, link https only. */
.lm-notes{margin-bottom:14px}
.lm-notes-head{margin-bottom:6px;font-size:12px;font-weight:600;color:var(--lm-muted)}
.lm-notes-list{display:flex;flex-direction:column;gap:6px}
.lm-callout{display:flex;gap:8px;align-items:flex-start;padding:8px 10px;border-radius:9px;background:var(--lm-nb);color:var(--lm-nf);font-size:12.5px;line-height:1.45;overflow-wrap:anywhere}
.lm-callout .lm-icon{margin-top:1px}
.lm-callout strong{font-weight:700}
.lm-callout a{color:inherit;font-weight:600;white-space:nowrap}
.lm-callout[data-level=allowed]{--lm-nb:var(--lm-confidence);--lm-nf:var(--lm-confidence-fg)}
.lm-callout[data-level=caution]{--lm-nb:var(--lm-permission);--lm-nf:var(--lm-permission-fg)}
.lm-callout[data-level=blocked]{--lm-nb:var(--lm-blocked);--lm-nf:var(--lm-blocked-fg)}
.lm-blocked{margin-top:12px}
.lm-redacted{display:flex;gap:6px;align-items:flex-start;margin-top:6px;font-size:12px;line-height:1.4;color:var(--lm-fg-2)}
.lm-redacted .lm-icon{margin-top:1px;color:var(--lm-ok)}
/* AI actions switched off by a "blocked" note: still focusable (the reason is their description). */
.lm-btn[aria-disabled=true],.lm-btn[aria-disabled=true]:hover,.lm-select[aria-disabled=true]{background:var(--lm-bg-2);border-color:var(--lm-border);color:var(--lm-muted);box-shadow:none;cursor:not-allowed}
.lm-btn[aria-disabled=true]:active{transform:none}
.lm-ghost[data-blocked=true],.lm-ghost[data-blocked=true]:hover{color:var(--lm-muted);cursor:not-allowed}
.lm-feedback{display:flex;align-items:center;gap:6px;margin-top:8px;font-size:12.5px;color:var(--lm-muted)}
.lm-fb{display:inline-grid;place-items:center;width:32px;height:28px;padding:0;border:1px solid var(--lm-border);border-radius:7px;background:var(--lm-bg);color:var(--lm-fg-2)}
.lm-fb:hover{background:var(--lm-bg-hover)}
.lm-fb[aria-pressed=true]{border-color:var(--lm-accent);background:var(--lm-accent-soft)}
.lm-fb[aria-disabled=true]{cursor:default}
.lm-fb[aria-disabled=true]:not([aria-pressed=true]){opacity:.6}

@media (prefers-reduced-motion:reduce){.lm-card,.lm-card *{animation:none !important;transition:none !important}.lm-btn:active{transform:none}}
@media (forced-colors:active){
  .lm-card{border-color:CanvasText}
  .lm-btn,.lm-select,.lm-textarea{border:1px solid ButtonText}
  .lm-card :focus-visible{outline-color:Highlight}
  .lm-chip{border:1px solid CanvasText}
  .lm-callout,.lm-fb{border:1px solid CanvasText}
}
`;
