// Opening the remote on its own port shows where its entry is; the console shell hosts its routes.
document.getElementById('root')!.textContent = '本远程模块：请通过控制台访问（remoteEntry.js 已就绪）';
