// Opening the remote on its own port shows where its entry is; the console shell hosts its routes.
document.getElementById('root')!.textContent = '实有人口远程模块：请通过控制台访问（remoteEntry.js 已就绪）';
