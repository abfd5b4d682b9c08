<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>%1-image</source>
        <translation>%1-镜像</translation>
    </message>
    <message>
        <source>%1-full</source>
        <translation>%1-整机</translation>
    </message>
    <message>
        <source>backup-%1</source>
        <translation>备份-%1</translation>
    </message>
    <message>
        <source>data disk image</source>
        <translation>数据盘镜像</translation>
    </message>
    <message>
        <source>system disk image</source>
        <translation>系统盘镜像</translation>
    </message>
    <message>
        <source>Uploads %1 (%2, %3) as the new %4 “%5”: the image is made first, then the file is sent, with its progress in the jobs panel, and the image is followed until the cloud says it is active.</source>
        <translation>将 %1（%2，%3）上传为新的%4“%5”：先创建镜像，再发送文件，进度显示在任务面板中，并持续跟踪该镜像，直到云端报告其状态为正常。</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>IMS imports %1 from OBS as the new %2 “%3”%4. The job appears in the jobs panel.</source>
        <translation>IMS 从 OBS 导入 %1，作为新的%2“%3”%4。该任务显示在任务面板中。</translation>
    </message>
    <message>
        <source> with quick import</source>
        <translation>（使用快速导入）</translation>
    </message>
    <message>
        <source>IMS makes the image “%1” of the system disk of %2. The job appears in the jobs panel.</source>
        <translation>IMS 使用 %2 的系统盘创建镜像“%1”。该任务显示在任务面板中。</translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of all the disks of %2. The job appears in the jobs panel.</source>
        <translation>IMS 使用 %2 的所有磁盘创建整机镜像“%1”。该任务显示在任务面板中。</translation>
    </message>
    <message>
        <source>%1 → “%2”</source>
        <translation>%1 → “%2”</translation>
    </message>
    <message numerus="yes">
        <source>IMS makes %n data disk image(s) of %1: %2. The job appears in the jobs panel.</source>
        <translation>
            <numerusform>IMS 为 %1 创建 %n 个数据盘镜像：%2。该任务显示在任务面板中。</numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes the full-ECS image “%1” of the CBR backup %2. The job appears in the jobs panel.</source>
        <translation>IMS 使用 CBR 备份 %2 创建整机镜像“%1”。该任务显示在任务面板中。</translation>
    </message>
    <message>
        <source>IMS fills the queued image %1 with %2 from OBS; it becomes active when the job ends.</source>
        <translation>IMS 使用 OBS 中的 %2 填充排队中的镜像 %1；任务结束后该镜像变为正常状态。</translation>
    </message>
    <message>
        <source>The cloud did not accept the access key %1 with this secret key for project %2. Check both keys (and that they are not expired) and the project ID.</source>
        <translation>云端不接受访问密钥 %1 与此秘密访问密钥在项目 %2 中的组合。请检查两个密钥（以及它们是否已过期）和项目 ID。</translation>
    </message>
    <message>
        <source>Wrong user name or password: %1 (domain %2) was not accepted. Check the password, the user and the domain.</source>
        <translation>用户名或密码错误：%1（域 %2）未被接受。请检查密码、用户和域。</translation>
    </message>
    <message>
        <source>The credentials are right, but the project %1 does not exist or %2 is not a member of it. Check the project name or ID.</source>
        <translation>凭据正确，但项目 %1 不存在，或 %2 不是该项目的成员。请检查项目名称或 ID。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the identity URL, the network and any proxy.</source>
        <translation>无法连接 %1：%2。请检查认证 URL、网络以及代理设置。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. If this cloud uses a private certificate authority, choose its CA bundle.</source>
        <translation>与 %1 的安全（TLS）连接失败：%2。如果此云使用私有证书颁发机构，请选择其 CA 证书包。</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the identity URL and the network.</source>
        <translation>%1 未及时响应。请检查认证 URL 和网络。</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>ims::AllRegionsController</name>
    <message>
        <source>Finding the regions of %1</source>
        <translation>正在查找 %1 的区域</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Secret not available — log in to %1 to list its images</source>
        <translation>机密信息不可用 — 请登录 %1 以列出其镜像</translation>
    </message>
</context>
<context>
    <name>ims::ApiError</name>
    <message>
        <source>Refused to connect: %1.</source>
        <translation>拒绝连接：%1。</translation>
    </message>
    <message>
        <source>The request was stopped: the connection to the cloud was closed (profile switched or closed).</source>
        <translation>请求已停止：与云端的连接已关闭（切换或关闭了配置文件）。</translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1).</source>
        <translation>无法连接到云端（%1）。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time (%1).</source>
        <translation>云端未及时响应（%1）。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>This cloud does not offer %1: it is part of the IMS extension API, which a plain OpenStack cloud lacks.</source>
        <translation>此云不提供 %1：它属于 IMS 扩展 API，原生 OpenStack 云没有该 API。</translation>
    </message>
    <message>
        <source>The cloud sent an answer imsdesk cannot read (%1).</source>
        <translation>云端返回了 imsdesk 无法读取的响应（%1）。</translation>
    </message>
    <message>
        <source>The image quota is used up: delete images or ask for a higher quota.</source>
        <translation>镜像配额已用完：请删除镜像或申请更高的配额。</translation>
    </message>
    <message>
        <source>The cloud did not accept the credentials.</source>
        <translation>云端不接受该凭据。</translation>
    </message>
    <message>
        <source>The cloud refused the operation.</source>
        <translation>云端拒绝了该操作。</translation>
    </message>
    <message>
        <source>The cloud does not know this resource.</source>
        <translation>云端不存在此资源。</translation>
    </message>
    <message>
        <source>The operation conflicts with the resource&apos;s current state.</source>
        <translation>该操作与资源的当前状态冲突。</translation>
    </message>
    <message>
        <source>The request is too large for the cloud.</source>
        <translation>请求过大，云端无法处理。</translation>
    </message>
    <message>
        <source>The cloud is throttling requests; try again shortly.</source>
        <translation>云端正在限制请求频率；请稍后重试。</translation>
    </message>
    <message>
        <source>The cloud had a problem (HTTP %1).</source>
        <translation>云端出现问题（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cloud rejected the request (HTTP %1).</source>
        <translation>云端拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation>（请求 %1）</translation>
    </message>
</context>
<context>
    <name>ims::ApiWords</name>
    <message>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Public image</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Private image</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>Shared image</source>
        <translation>共享镜像</translation>
    </message>
    <message>
        <source>Marketplace image</source>
        <translation>市场镜像</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待接受</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>重启中</translation>
    </message>
    <message>
        <source>Forcibly restarting</source>
        <translation>强制重启中</translation>
    </message>
    <message>
        <source>Rebuilding</source>
        <translation>重装中</translation>
    </message>
    <message>
        <source>Migrating</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>规格变更中</translation>
    </message>
    <message>
        <source>Verifying resize</source>
        <translation>规格变更待确认</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>已搁置</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Creating a snapshot</source>
        <translation>正在创建快照</translation>
    </message>
    <message>
        <source>Exporting the image</source>
        <translation>正在导出镜像</translation>
    </message>
    <message>
        <source>Uploading the image</source>
        <translation>正在上传镜像</translation>
    </message>
    <message>
        <source>Registering the image</source>
        <translation>正在注册镜像</translation>
    </message>
</context>
<context>
    <name>ims::BackupForm</name>
    <message>
        <source>CBR backup ID</source>
        <translation>CBR 备份 ID</translation>
    </message>
    <message>
        <source>the ID of a CBR backup of a server</source>
        <translation>云服务器的 CBR 备份的 ID</translation>
    </message>
    <message>
        <source>Backup &amp;ID:</source>
        <translation>备份 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup.</source>
        <translation>请输入 CBR 备份的 ID。</translation>
    </message>
</context>
<context>
    <name>ims::CreateImageDialog</name>
    <message>
        <source>&amp;Stop server</source>
        <translation>关闭云服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Create image from server</source>
        <translation>从云服务器创建镜像</translation>
    </message>
    <message>
        <source>Search servers by name, status, flavor, OS or ID</source>
        <translation>按名称、状态、规格、操作系统或 ID 搜索云服务器</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>每行一个标签，格式为 键=值</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Create image</source>
        <translation>创建镜像(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Min RAM:</source>
        <translation>最小内存：</translation>
    </message>
    <message>
        <source>Max RAM:</source>
        <translation>最大内存：</translation>
    </message>
    <message>
        <source>Image quota: %1 of %2 used</source>
        <translation>镜像配额：已使用 %1 / %2</translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation>请选择要创建镜像的云服务器。</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在关闭 %1…</translation>
    </message>
    <message>
        <source>⚠ %1 is running: stop the server before creating an image.</source>
        <translation>⚠ %1 正在运行：创建镜像前请先关闭云服务器。</translation>
    </message>
    <message>
        <source>%1 is stopped and ready.</source>
        <translation>%1 已关机，可以创建镜像。</translation>
    </message>
    <message>
        <source>%1-image</source>
        <translation>%1-镜像</translation>
    </message>
    <message>
        <source>The server must be stopped first (IMG.0008).</source>
        <translation>必须先关闭云服务器（IMG.0008）。</translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation>最大内存小于最小内存。</translation>
    </message>
    <message>
        <source>The image quota is used up (IMG.0015): delete images or ask for a higher quota.</source>
        <translation>镜像配额已用完（IMG.0015）：请删除镜像或申请更高的配额。</translation>
    </message>
    <message>
        <source>Search servers</source>
        <translation>搜索云服务器</translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation>项目中的云服务器</translation>
    </message>
</context>
<context>
    <name>ims::DeleteDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Delete %1 images</source>
        <translation>删除 %1 个镜像</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>What deleting it affects</source>
        <translation>删除它会影响什么</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Unprotect protected images, then delete them</source>
        <translation>取消受保护镜像的保护，然后删除(&amp;U)</translation>
    </message>
    <message>
        <source>Also delete its &amp;backup</source>
        <translation>同时删除其备份(&amp;B)</translation>
    </message>
    <message>
        <source>Also delete the &amp;backups of full-ECS images</source>
        <translation>同时删除整机镜像的备份(&amp;B)</translation>
    </message>
    <message>
        <source>A full-ECS image is made from a cloud server backup; without this the backup stays and keeps its cost.</source>
        <translation>整机镜像由云服务器备份创建；不勾选此项，备份将保留并继续产生费用。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除…</translation>
    </message>
    <message>
        <source>unprotect %1 images</source>
        <translation>取消 %1 个镜像的保护</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Protected: deleted only if you unprotect it below.</source>
        <translation>受保护：只有在下方取消保护后才会删除。</translation>
    </message>
    <message>
        <source>A full-ECS image: its backup is deleted too.</source>
        <translation>整机镜像：其备份也会被删除。</translation>
    </message>
    <message>
        <source>A full-ECS image: its backup stays unless you delete it too.</source>
        <translation>整机镜像：除非同时删除，否则其备份将保留。</translation>
    </message>
    <message>
        <source>Nothing else: no other project uses it.</source>
        <translation>无其他影响：没有其他项目使用它。</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm</source>
        <translation>输入“%1”以确认</translation>
    </message>
    <message>
        <source>Nothing can be deleted as chosen.</source>
        <translation>按当前选择，没有可删除的镜像。</translation>
    </message>
    <message>
        <source>%1 of %2 images will be deleted.</source>
        <translation>将删除 %1 / %2 个镜像。</translation>
    </message>
    <message>
        <source> The others stay, for the reasons shown.</source>
        <translation> 其余镜像将保留，原因如上所示。</translation>
    </message>
    <message>
        <source> Type the confirmation to unprotect.</source>
        <translation> 请输入确认文字以取消保护。</translation>
    </message>
    <message>
        <source>Images to delete</source>
        <translation>要删除的镜像</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>ims::DesktopApp</name>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>The keychain cannot be reached: the proxy&apos;s password is used until imsdesk quits. Enter it again in Settings after the next start.</source>
        <translation>无法访问密钥环：代理密码仅在 imsdesk 退出前有效。下次启动后，请在设置中重新输入。</translation>
    </message>
    <message>
        <source>Quit imsdesk?</source>
        <translation>退出 imsdesk？</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) started here are still running.</source>
        <translation>
            <numerusform>在此启动的 %n 个任务仍在运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Uploads stop when imsdesk quits and must be restarted from the jobs panel. The cloud&apos;s own jobs go on and are followed again at the next start.</source>
        <translation>imsdesk 退出时上传会停止，需要从任务面板重新开始。云端自身的任务会继续执行，并在下次启动时重新跟踪。</translation>
    </message>
    <message>
        <source>They go on in the cloud and are followed again at the next start.</source>
        <translation>这些任务会在云端继续执行，并在下次启动时重新跟踪。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Jobs are not saved</source>
        <translation>任务未保存</translation>
    </message>
    <message>
        <source>The list of jobs cannot be saved, so jobs started now are not resumed after a restart.

%1</source>
        <translation>无法保存任务列表，因此现在启动的任务在重启后不会恢复。

%1</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no passwords, keys or tokens).</source>
        <translation>诊断信息已复制到剪贴板（不含密码、密钥或令牌）。</translation>
    </message>
</context>
<context>
    <name>ims::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ims::DetailsPane</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Select an image to see its details.</source>
        <translation>选择一个镜像以查看其详情。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Yes (key %1)</source>
        <translation>是（密钥 %1）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Operating system and disk</source>
        <translation>操作系统和磁盘</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>操作系统版本</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Tags (%1)</source>
        <translation>标签（%1）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>All attributes from the cloud (loading…)</source>
        <translation>云端的全部属性（加载中…）</translation>
    </message>
    <message>
        <source>Loading attributes…</source>
        <translation>正在加载属性…</translation>
    </message>
    <message>
        <source>All attributes from the cloud (not loaded)</source>
        <translation>云端的全部属性（未加载）</translation>
    </message>
    <message>
        <source>The attributes could not be read: %1</source>
        <translation>无法读取属性：%1</translation>
    </message>
    <message>
        <source>All attributes from the cloud (%1)</source>
        <translation>云端的全部属性（%1）</translation>
    </message>
    <message>
        <source>Members (%1)</source>
        <translation>成员（%1）</translation>
    </message>
    <message>
        <source>Image details</source>
        <translation>镜像详情</translation>
    </message>
    <message>
        <source>The selected image&apos;s attributes and values; Ctrl+C copies the selected values.</source>
        <translation>所选镜像的属性及其值；按 Ctrl+C 复制所选的值。</translation>
    </message>
    <message>
        <source>Replicate to the regions that lack it</source>
        <translation>复制到缺少该镜像的区域</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Copies (%1)</source>
        <translation>副本（%1）</translation>
    </message>
    <message>
        <source>source (gone)</source>
        <translation>源镜像（已不存在）</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源镜像</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Missing in</source>
        <translation>缺少的区域</translation>
    </message>
    <message>
        <source>Used by (%1 servers)</source>
        <translation>使用者（%1 台云服务器）</translation>
    </message>
    <message>
        <source>Copy the source to %1</source>
        <translation>将源镜像复制到 %1</translation>
    </message>
    <message>
        <source>source (not listed)</source>
        <translation>源镜像（未列出）</translation>
    </message>
</context>
<context>
    <name>ims::EditDialog</name>
    <message>
        <source>&amp;Protected (cannot be deleted)</source>
        <translation>受保护（不可删除）(&amp;P)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无最小值</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>每行一个标签，格式为 键=值</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation>最小内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation>最大内存(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Max RAM</source>
        <translation>最大内存</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is given more than once; give it one value.</source>
        <translation>标签键“%1”出现了多次；请只为它指定一个值。</translation>
    </message>
    <message>
        <source>The minimum RAM (%1 MB) is above the maximum (%2 MB).</source>
        <translation>最小内存（%1 MB）大于最大内存（%2 MB）。</translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation>最小磁盘(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>ims::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ims::ExportDialog</name>
    <message>
        <source>&amp;Quick export (ZVHD2, no conversion; needed over 128 GB)</source>
        <translation>快速导出（ZVHD2，不转换；超过 128 GB 时必需）(&amp;Q)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>bucket:file, e.g. ims-exports:%1.qcow2</source>
        <translation>桶:文件，例如 ims-exports:%1.qcow2</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>File &amp;format:</source>
        <translation>文件格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>ims::ImageBrowser</name>
    <message>
        <source>Loading images</source>
        <translation>正在加载镜像</translation>
    </message>
</context>
<context>
    <name>ims::ImageCellDelegate</name>
    <message>
        <source>%1 · share pending</source>
        <translation>%1 · 共享待接受</translation>
    </message>
</context>
<context>
    <name>ims::ImageOperations</name>
    <message>
        <source>There is no job %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <source>Job %1 cannot be retried: imsdesk does not know what request started it.</source>
        <translation>无法重试任务 %1：imsdesk 不知道是哪个请求启动了它。</translation>
    </message>
    <message>
        <source>Job %1 is %2: only a failed job, or one whose outcome is not known, can be retried.</source>
        <translation>任务 %1 的状态为%2：只有失败的任务或结果未知的任务可以重试。</translation>
    </message>
    <message>
        <source>Copying to another region is offered by Huawei Cloud and G42 only.</source>
        <translation>仅华为云和 G42 提供跨区域复制。</translation>
    </message>
    <message>
        <source>IMS does not let users unprotect an image.</source>
        <translation>IMS 不允许用户取消镜像的保护。</translation>
    </message>
    <message>
        <source>Only full-ECS images of IMS have a backup to delete.</source>
        <translation>只有 IMS 的整机镜像才有可删除的备份。</translation>
    </message>
    <message>
        <source>Upload %1 cannot be restarted: imsdesk does not know which file it sent.</source>
        <translation>无法重新开始上传 %1：imsdesk 不知道它发送的是哪个文件。</translation>
    </message>
    <message>
        <source>Upload %1 is %2: only a failed or interrupted upload can be restarted.</source>
        <translation>上传 %1 的状态为%2：只有失败或中断的上传可以重新开始。</translation>
    </message>
    <message>
        <source>The file %1 changed since the upload began: import it again to upload it as it is now.</source>
        <translation>文件 %1 在上传开始后已更改：请重新导入，以上传其当前内容。</translation>
    </message>
    <message>
        <source>There is no upload %1.</source>
        <translation>不存在上传 %1。</translation>
    </message>
    <message>
        <source>Upload %1 cannot be cancelled: imsdesk does not know which image it made.</source>
        <translation>无法取消上传 %1：imsdesk 不知道它创建的是哪个镜像。</translation>
    </message>
    <message>
        <source>Upload %1 is sent by another imsdesk process: cancel it there.</source>
        <translation>上传 %1 由另一个 imsdesk 进程发送：请在那里取消。</translation>
    </message>
    <message>
        <source>Upload %1 is no longer sending.</source>
        <translation>上传 %1 已不再发送。</translation>
    </message>
    <message>
        <source>Upload %1 is being restarted already.</source>
        <translation>上传 %1 已在重新开始。</translation>
    </message>
</context>
<context>
    <name>ims::ImageTableModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>操作系统版本</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Min disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Min RAM</source>
        <translation>最小内存</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>未受保护</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>The image is ready to use.</source>
        <translation>镜像可以使用。</translation>
    </message>
    <message>
        <source>The image waits for its file (an upload or an import).</source>
        <translation>镜像正在等待其文件（上传或导入）。</translation>
    </message>
    <message>
        <source>The image&apos;s file is being written; it becomes active when that is done.</source>
        <translation>正在写入镜像的文件；完成后镜像将变为正常状态。</translation>
    </message>
    <message>
        <source>Creating the image failed; it cannot be used.</source>
        <translation>创建镜像失败；该镜像无法使用。</translation>
    </message>
    <message>
        <source>The image is being deleted.</source>
        <translation>镜像正在删除。</translation>
    </message>
    <message>
        <source> Shared with this project; not accepted yet.</source>
        <translation> 已共享给本项目；尚未接受。</translation>
    </message>
    <message>
        <source>It cannot be deleted until unprotected.</source>
        <translation>取消保护之前不能删除。</translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1.</source>
        <translation>使用 KMS 密钥 %1 加密。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Pending delete</source>
        <translation>等待删除</translation>
    </message>
    <message>
        <source>source gone (%1)</source>
        <translation>源镜像已不存在（%1）</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Copy of</source>
        <translation>源镜像</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>%1, share pending</source>
        <translation>%1，共享待接受</translation>
    </message>
    <message>
        <source>Shared with this project; the share is not accepted yet</source>
        <translation>已共享给此项目；尚未接受共享</translation>
    </message>
    <message>
        <source>Protected: it cannot be deleted while protected</source>
        <translation>受保护：处于保护状态时无法删除</translation>
    </message>
    <message>
        <source>Encrypted with the KMS key %1</source>
        <translation>使用 KMS 密钥 %1 加密</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1（未列出）</translation>
    </message>
</context>
<context>
    <name>ims::ImageUpload</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Uploading %1 of %2</source>
        <translation>已上传 %1 / %2</translation>
    </message>
    <message>
        <source> · %1/s · %2 left</source>
        <translation> · %1/秒 · 剩余 %2</translation>
    </message>
    <message>
        <source>Creating the queued image</source>
        <translation>正在创建排队中的镜像</translation>
    </message>
    <message>
        <source>The answer to creating the queued image was lost (%1): an image “%2” may have been made; look for it before retrying.</source>
        <translation>创建排队中镜像的响应已丢失（%1）：可能已创建镜像“%2”；重试前请先查找它。</translation>
    </message>
    <message>
        <source>The cloud did not create the queued image: %1. Nothing was left behind; Retry starts again.</source>
        <translation>云端未创建排队中的镜像：%1。未留下任何内容；重试将重新开始。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The file %1 vanished during the upload</source>
        <translation>文件 %1 在上传过程中消失</translation>
    </message>
    <message>
        <source>The file %1 changed size during the upload (%2 bytes, then %3): the cloud would get a mix of both</source>
        <translation>文件 %1 在上传过程中大小发生变化（先是 %2 字节，后是 %3 字节）：云端将收到两者的混合内容</translation>
    </message>
    <message>
        <source>The file %1 was written to during the upload: the cloud would get a mix of old and new bytes</source>
        <translation>文件 %1 在上传过程中被写入：云端将收到新旧字节的混合内容</translation>
    </message>
    <message>
        <source>The upload failed (%1); a half-sent file is not sent again by itself</source>
        <translation>上传失败（%1）；已发送一半的文件不会自动重新发送</translation>
    </message>
    <message>
        <source>The upload had finished; image %1 is being checked by the cloud.</source>
        <translation>上传已完成；云端正在检查镜像 %1。</translation>
    </message>
    <message>
        <source>The upload is already ending.</source>
        <translation>上传已在结束中。</translation>
    </message>
    <message>
        <source>Deleting the queued image</source>
        <translation>正在删除排队中的镜像</translation>
    </message>
    <message>
        <source>%1; the queued image %2 could not be deleted (%3): delete it yourself.</source>
        <translation>%1；无法删除排队中的镜像 %2（%3）：请手动删除。</translation>
    </message>
    <message>
        <source>%1; the queued image was deleted.</source>
        <translation>%1；排队中的镜像已删除。</translation>
    </message>
</context>
<context>
    <name>ims::ImportCheckPage</name>
    <message>
        <source>Check and start</source>
        <translation>检查并开始</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>尚未发送任何内容。</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>将会发生什么</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>须知</translation>
    </message>
    <message>
        <source>Why it cannot start</source>
        <translation>无法开始的原因</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>ims::ImportDetailsPage</name>
    <message>
        <source>&amp;System disk</source>
        <translation>系统盘(&amp;S)</translation>
    </message>
    <message>
        <source>Data d&amp;isk</source>
        <translation>数据盘(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quick import (large RAW or ZVHD2 files, up to 1 TB)</source>
        <translation>快速导入（大型 RAW 或 ZVHD2 文件，最大 1 TB）(&amp;Q)</translation>
    </message>
    <message>
        <source>What is it?</source>
        <translation>这是什么镜像？</translation>
    </message>
    <message>
        <source>Name the image and say what it holds. Each entry is checked as you type.</source>
        <translation>为镜像命名并说明其内容。每一项都会在输入时检查。</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>操作系统版本</translation>
    </message>
    <message>
        <source>type to search the cloud&apos;s list</source>
        <translation>输入以搜索云端的列表</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Minimum disk in GB</source>
        <translation>最小磁盘（GB）</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>what the file needs</source>
        <translation>文件所需的大小</translation>
    </message>
    <message>
        <source>Minimum RAM in MB</source>
        <translation>最小内存（MB）</translation>
    </message>
    <message>
        <source>Maximum RAM in MB</source>
        <translation>最大内存（MB）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Tags, one key=value per line</source>
        <translation>标签，每行一个 键=值</translation>
    </message>
    <message>
        <source>one tag per line, as key=value</source>
        <translation>每行一个标签，格式为 键=值</translation>
    </message>
    <message>
        <source>System disk image</source>
        <translation>系统盘镜像</translation>
    </message>
    <message>
        <source>Data disk image</source>
        <translation>数据盘镜像</translation>
    </message>
    <message>
        <source>Quick import</source>
        <translation>快速导入</translation>
    </message>
    <message>
        <source>Kind of disk</source>
        <translation>磁盘类型</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Ima&amp;ge of a:</source>
        <translation>镜像类型(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>操作系统版本(&amp;O)：</translation>
    </message>
    <message>
        <source>Disk &amp;format:</source>
        <translation>磁盘格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Min dis&amp;k:</source>
        <translation>最小磁盘(&amp;K)：</translation>
    </message>
    <message>
        <source>Min &amp;RAM:</source>
        <translation>最小内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Ma&amp;x RAM:</source>
        <translation>最大内存(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>enter it</source>
        <translation>请输入</translation>
    </message>
    <message>
        <source>Taken from the file&apos;s name; IMS reads the file itself.</source>
        <translation>取自文件名；IMS 会自行读取文件。</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Detected from the file: %1, a %2 disk (file %3).</source>
        <translation>从文件检测到：%1，%2 磁盘（文件 %3）。</translation>
    </message>
    <message>
        <source>Detected from the file: %1 (file %2).</source>
        <translation>从文件检测到：%1（文件 %2）。</translation>
    </message>
    <message>
        <source>⚠ The name says %1, but the contents are %2.</source>
        <translation>⚠ 文件名表明是 %1，但内容是 %2。</translation>
    </message>
    <message>
        <source>Max RAM is smaller than min RAM.</source>
        <translation>最大内存小于最小内存。</translation>
    </message>
</context>
<context>
    <name>ims::ImportSourcePage</name>
    <message>
        <source>Where does the image come from?</source>
        <translation>镜像来自哪里？</translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, make one of a server or a backup, or register a file as an image already queued.</source>
        <translation>上传文件、从 OBS 导入文件、使用云服务器或备份创建镜像，或将文件注册到已排队的镜像。</translation>
    </message>
    <message>
        <source>A file on this &amp;computer</source>
        <translation>本计算机上的文件(&amp;C)</translation>
    </message>
    <message>
        <source>Uploads it: qcow2, vmdk, vhd, vhdx, raw or ISO</source>
        <translation>上传文件：qcow2、vmdk、vhd、vhdx、raw 或 ISO</translation>
    </message>
    <message>
        <source>A file in &amp;OBS</source>
        <translation>OBS 中的文件(&amp;O)</translation>
    </message>
    <message>
        <source>An object in a bucket of this region</source>
        <translation>本区域某个桶中的对象</translation>
    </message>
    <message>
        <source>A &amp;server</source>
        <translation>云服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Its system disk, all its disks (full-ECS) or its data disks</source>
        <translation>其系统盘、所有磁盘（整机镜像）或数据盘</translation>
    </message>
    <message>
        <source>A CBR backu&amp;p</source>
        <translation>CBR 备份(&amp;P)</translation>
    </message>
    <message>
        <source>A full-ECS image of the backup</source>
        <translation>该备份的整机镜像</translation>
    </message>
    <message>
        <source>An existing &amp;queued image</source>
        <translation>已有的排队中镜像(&amp;Q)</translation>
    </message>
    <message>
        <source>Registers an OBS file as an image made without one</source>
        <translation>将 OBS 文件注册到一个创建时没有文件的镜像</translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API: only uploads work.</source>
        <translation>此云没有 IMS 扩展 API：只能上传。</translation>
    </message>
</context>
<context>
    <name>ims::ImportWizard</name>
    <message>
        <source>Import an image</source>
        <translation>导入镜像</translation>
    </message>
    <message>
        <source>&amp;Start import</source>
        <translation>开始导入(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ims::JobFollowers</name>
    <message>
        <source>Secret not available — log in to follow</source>
        <translation>机密信息不可用 — 请登录以跟踪</translation>
    </message>
    <message>
        <source>The profile is no longer saved: not followed</source>
        <translation>该配置文件已不再保存：不再跟踪</translation>
    </message>
</context>
<context>
    <name>ims::JobListModel</name>
    <message>
        <source>Create from server</source>
        <translation>从云服务器创建</translation>
    </message>
    <message>
        <source>Create full-ECS image</source>
        <translation>创建整机镜像</translation>
    </message>
    <message>
        <source>Replicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Replicate to region</source>
        <translation>跨区域复制</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>停止共享</translation>
    </message>
    <message>
        <source>Answer share</source>
        <translation>答复共享</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Create from disk</source>
        <translation>从磁盘创建</translation>
    </message>
    <message>
        <source>Server action</source>
        <translation>云服务器操作</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重新连接</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <source>%1 (unknown status)</source>
        <translation>%1（未知状态）</translation>
    </message>
    <message>
        <source>%1, reconnecting</source>
        <translation>%1，正在重新连接</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Paused until the next good login</source>
        <translation>已暂停，直到下次成功登录</translation>
    </message>
    <message>
        <source>%1 failed: %2 %3
Job %4</source>
        <translation>%1 失败：%2 %3
任务 %4</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <translation>%1：%2
%3</translation>
    </message>
    <message>
        <source>Job %1
Reconnecting: %2</source>
        <translation>任务 %1
正在重新连接：%2</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>%1 of %2 · %3/s</source>
        <translation>%1 / %2 · %3/秒</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>当前任务</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Job %1 of profile %2
%3</source>
        <translation>配置文件 %2 的任务 %1
%3</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 / %2，%3</translation>
    </message>
</context>
<context>
    <name>ims::JobTracker</name>
    <message>
        <source>The cloud no longer knows this job (%1 answers “not found” in a row): the operation may or may not have happened. Retry looks for its result first.</source>
        <translation>云端已不再知道此任务（连续 %1 次返回“未找到”）：该操作可能已执行，也可能未执行。重试会先查找其结果。</translation>
    </message>
    <message>
        <source>The job API does not know the job (%1 of %2): %3</source>
        <translation>任务 API 不知道该任务（%1 / %2）：%3</translation>
    </message>
    <message>
        <source>Renewing the login: %1</source>
        <translation>正在续期登录：%1</translation>
    </message>
    <message>
        <source>A gateway or proxy answered instead of the job API: %1</source>
        <translation>响应的是网关或代理，而不是任务 API：%1</translation>
    </message>
    <message>
        <source>The answer to the request was lost (%1): the operation may have started.</source>
        <translation>请求的响应已丢失（%1）：该操作可能已开始。</translation>
    </message>
    <message>
        <source>imsdesk cannot check this operation&apos;s result; look in the console</source>
        <translation>imsdesk 无法检查此操作的结果；请在控制台中查看</translation>
    </message>
    <message>
        <source>Looking for image “%1”</source>
        <translation>正在查找镜像“%1”</translation>
    </message>
    <message>
        <source>The copy would appear in %1, which this profile cannot list: look for “%2” there.</source>
        <translation>副本将出现在 %1，但此配置文件无法列出该处的镜像：请在那里查找“%2”。</translation>
    </message>
    <message>
        <source>No image “%1” appeared within %2 h; Retry looks again first.</source>
        <translation>%2 小时内未出现镜像“%1”；重试会先再次查找。</translation>
    </message>
    <message>
        <source>Looking for the result: %1</source>
        <translation>正在查找结果：%1</translation>
    </message>
    <message>
        <source>Found image %1 (the operation had started)</source>
        <translation>找到镜像 %1（该操作已开始）</translation>
    </message>
    <message>
        <source>Found image %1, still %2</source>
        <translation>找到镜像 %1，仍为%2</translation>
    </message>
    <message>
        <source>The operation had started, but image %1 is %2.</source>
        <translation>该操作已开始，但镜像 %1 的状态为%2。</translation>
    </message>
    <message>
        <source>imsdesk cannot list %1 from this profile to see whether “%2” was made there; look for it in %1 before copying again.</source>
        <translation>imsdesk 无法从此配置文件列出 %1 中的镜像，因而无法确认是否已在那里创建“%2”；再次复制前请先在 %1 中查找。</translation>
    </message>
    <message>
        <source>Uploaded; waiting for the cloud to check image %1</source>
        <translation>已上传；正在等待云端检查镜像 %1</translation>
    </message>
    <message>
        <source>The upload stopped at %1%: the imsdesk process sending it went away. Retry uploads the file again.</source>
        <translation>上传在 %1% 时停止：发送它的 imsdesk 进程已退出。重试将重新上传文件。</translation>
    </message>
    <message>
        <source>Image %1 was deleted before it became active.</source>
        <translation>镜像 %1 在变为正常状态前已被删除。</translation>
    </message>
    <message>
        <source>Image %1 is active</source>
        <translation>镜像 %1 状态正常</translation>
    </message>
    <message>
        <source>The cloud could not use the file: image %1 is killed (the bytes may not be a %2 image). Delete it and upload a valid file.</source>
        <translation>云端无法使用该文件：镜像 %1 状态为异常（这些字节可能不是 %2 镜像）。请删除它并上传有效的文件。</translation>
    </message>
    <message>
        <source>The cloud is checking the file: image %1 is %2</source>
        <translation>云端正在检查文件：镜像 %1 的状态为%2</translation>
    </message>
</context>
<context>
    <name>ims::JobsPanel</name>
    <message>
        <source>Re&amp;start upload</source>
        <translation>重新开始上传(&amp;S)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel upload</source>
        <translation>取消上传(&amp;N)</translation>
    </message>
    <message>
        <source>Copy &amp;details</source>
        <translation>复制详情(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>清除已完成(&amp;L)</translation>
    </message>
    <message>
        <source>Notify when long jobs end</source>
        <translation>长任务结束时通知</translation>
    </message>
    <message>
        <source>Uploads the file again: the upload stopped when the imsdesk that sent it went away</source>
        <translation>重新上传文件：发送它的 imsdesk 已退出，上传已停止</translation>
    </message>
    <message>
        <source>Stops sending the file and deletes its queued image</source>
        <translation>停止发送文件并删除其排队中的镜像</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <translation>任务 ID：%1</translation>
    </message>
    <message>
        <source>Job type: %1</source>
        <translation>任务类型：%1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>错误：%1 %2</translation>
    </message>
    <message>
        <source>Looks for the image it would create first; sends the request again only when there is none</source>
        <translation>先查找它将要创建的镜像；只有找不到时才重新发送请求</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 已完成</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 已丢失</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Sh&amp;ow image</source>
        <translation>显示镜像(&amp;O)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>ims::KeychainSecretStore</name>
    <message>
        <source>The system keychain cannot be used (%1). Passwords and keys are kept in memory until imsdesk quits and must be entered again next time.</source>
        <translation>无法使用系统密钥环（%1）。密码和密钥仅保存在内存中直到 imsdesk 退出，下次需要重新输入。</translation>
    </message>
</context>
<context>
    <name>ims::LocalFileForm</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Image file on this computer</source>
        <translation>本计算机上的镜像文件</translation>
    </message>
    <message>
        <source>/path/to/image.qcow2</source>
        <translation>/路径/image.qcow2</translation>
    </message>
    <message>
        <source>Browse for the image file</source>
        <translation>浏览镜像文件</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>文件(&amp;L)：</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.vmdk *.vhd *.vhdx *.iso *.img *.raw);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the image file to upload.</source>
        <translation>请选择要上传的镜像文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
</context>
<context>
    <name>ims::LogWindow</name>
    <message>
        <source>C&amp;lear</source>
        <translation>清除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>imsdesk log</source>
        <translation>imsdesk 日志</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>L&amp;evel:</source>
        <translation>级别(&amp;E)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>日志行</translation>
    </message>
</context>
<context>
    <name>ims::LoginAttempt</name>
    <message>
        <source>AK/SK signing needs the project ID: enter it (the console shows it under My Credentials → Projects).</source>
        <translation>AK/SK 签名需要项目 ID：请输入（控制台中位于“我的凭证 → 项目列表”下）。</translation>
    </message>
</context>
<context>
    <name>ims::LoginController</name>
    <message>
        <source>Secrets kept for this session only. %1</source>
        <translation>机密信息仅在本次会话中保留。%1</translation>
    </message>
    <message>
        <source>Login failed. %1 Enter the %2 again and press Connect; jobs are paused until then.</source>
        <translation>登录失败。%1 请重新输入%2并点击“连接”；在此之前任务将暂停。</translation>
    </message>
    <message>
        <source>secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Welcome to imsdesk. Create a profile for your cloud, or import an OpenStack clouds.yaml.</source>
        <translation>欢迎使用 imsdesk。请为您的云创建一个配置文件，或导入 OpenStack 的 clouds.yaml。</translation>
    </message>
    <message>
        <source>No saved credentials for %1: enter them and press Connect.</source>
        <translation>没有 %1 的已保存凭据：请输入凭据并点击“连接”。</translation>
    </message>
    <message>
        <source>The saved credentials for %1 cannot be read from the keychain: enter them and press Connect.</source>
        <translation>无法从密钥环读取 %1 的已保存凭据：请输入凭据并点击“连接”。</translation>
    </message>
    <message>
        <source>Logging in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Testing the login to %1…</source>
        <translation>正在测试登录 %1…</translation>
    </message>
    <message>
        <source>Login works: %1 accepted the credentials for project %2.</source>
        <translation>登录成功：%1 接受了项目 %2 的凭据。</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not renamed: its password and keys could not be moved. Unlock the keychain and try again.</source>
        <translation>密钥环已锁定或不可用，因此未重命名 %1：无法迁移其密码和密钥。请解锁密钥环后重试。</translation>
    </message>
    <message>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation>已保存 %1；其机密信息保存在密钥环中。</translation>
    </message>
    <message>
        <source>Saved %1 (secrets not remembered).</source>
        <translation>已保存 %1（未记住机密信息）。</translation>
    </message>
    <message>
        <source>The keychain is locked or unavailable, so %1 was not deleted: its password and keys would stay behind in the keychain. Unlock the keychain and try again.</source>
        <translation>密钥环已锁定或不可用，因此未删除 %1：其密码和密钥会残留在密钥环中。请解锁密钥环后重试。</translation>
    </message>
    <message>
        <source>Deleted %1 and its saved secrets.</source>
        <translation>已删除 %1 及其保存的机密信息。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation>导入 clouds.yaml</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Replace it with the cloud “%2” from %3?</source>
        <translation>名为“%1”的配置文件已存在。是否用 %3 中的云“%2”替换它？</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Import as “%1”</source>
        <translation>导入为“%1”</translation>
    </message>
    <message>
        <source>Keep the existing one</source>
        <translation>保留现有配置文件</translation>
    </message>
    <message>
        <source>No profile imported from %1.</source>
        <translation>未从 %1 导入任何配置文件。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s): %1.</source>
        <translation>
            <numerusform>已导入 %n 个配置文件：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept the existing %1.</source>
        <translation>已保留现有的 %1。</translation>
    </message>
    <message>
        <source>Skipped: %1.</source>
        <translation>已跳过：%1。</translation>
    </message>
</context>
<context>
    <name>ims::MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Private</source>
        <translation>私有镜像(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ublic</source>
        <translation>公共镜像(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Shared with me</source>
        <translation>共享给我的镜像(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Jobs panel</source>
        <translation>任务面板(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostics</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About imsdesk…</source>
        <translation>关于 imsdesk(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;imsdesk %1&lt;/h3&gt;&lt;p&gt;Manages the images of Huawei Cloud IMS, Open Telekom Cloud and OpenStack Glance.&lt;/p&gt;&lt;p&gt;Qt %2 (built with Qt %3)&lt;br&gt;QtKeychain %4&lt;/p&gt;&lt;p&gt;Application id: %5&lt;/p&gt;&lt;p&gt;© 2026 imsdesk developers. imsdesk is not yet published under a licence: all rights are reserved.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;imsdesk %1&lt;/h3&gt;&lt;p&gt;管理华为云 IMS、Open Telekom Cloud 和 OpenStack Glance 的镜像。&lt;/p&gt;&lt;p&gt;Qt %2（构建时使用 Qt %3）&lt;br&gt;QtKeychain %4&lt;/p&gt;&lt;p&gt;应用程序 ID：%5&lt;/p&gt;&lt;p&gt;© 2026 imsdesk 开发者。imsdesk 尚未以任何许可证发布：保留所有权利。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About imsdesk</source>
        <translation>关于 imsdesk</translation>
    </message>
</context>
<context>
    <name>ims::MainWindow</name>
    <message>
        <source>imsdesk</source>
        <translation>imsdesk</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>私有镜像</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共镜像</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>共享给我的镜像</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the images again from the cloud (F5)</source>
        <translation>从云端重新加载镜像（F5）</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>复制 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export view as CSV…</source>
        <translation>将视图导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Search  (Ctrl+F)   e.g. ubuntu status:active tag:env=prod</source>
        <translation>搜索  (Ctrl+F)   例如 ubuntu status:active tag:env=prod</translation>
    </message>
    <message>
        <source>Words match name, ID, tags and OS. Terms: status: os: tag: type: vis: format: name: id: encrypted:yes|no protected:yes|no; -term excludes.</source>
        <translation>关键词匹配名称、ID、标签和操作系统。条件：status: os: tag: type: vis: format: name: id: encrypted:yes|no protected:yes|no；-条件 表示排除。</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>No jobs yet. Image creation, replication and exports appear here and are followed until they finish, across restarts.</source>
        <translation>暂无任务。镜像创建、复制和导出任务会显示在这里，并持续跟踪直到完成，重启后也会继续。</translation>
    </message>
    <message>
        <source>⚠ Plain HTTP allowed</source>
        <translation>⚠ 允许明文 HTTP</translation>
    </message>
    <message>
        <source>This profile allows plain http:// to remote hosts: passwords and tokens may travel unencrypted. Turn it off in the profile.</source>
        <translation>此配置文件允许对远程主机使用明文 http://：密码和令牌可能以未加密方式传输。请在配置文件中关闭此选项。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;●&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; · %3</translation>
    </message>
    <message>
        <source>%1 · %2 — imsdesk</source>
        <translation>%1 · %2 — imsdesk</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● 正在重新连接…</translation>
    </message>
    <message>
        <source>● Login failed</source>
        <translation>● 登录失败</translation>
    </message>
    <message>
        <source>Stale: cached from %1, refreshing…</source>
        <translation>已过期：缓存于 %1，正在刷新…</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>已于 %1 刷新</translation>
    </message>
    <message>
        <source>Shared with me (%1+ pending)</source>
        <translation>共享给我的镜像（%1+ 个待处理）</translation>
    </message>
    <message>
        <source>Shared with me (%1 pending)</source>
        <translation>共享给我的镜像（%1 个待处理）</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>将视图导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Profile %1, region %2</source>
        <translation>配置文件 %1，区域 %2</translation>
    </message>
    <message>
        <source>Loading… %L1 images</source>
        <translation>正在加载… %L1 个镜像</translation>
    </message>
    <message>
        <source>Quota: %L1 / %L2 images</source>
        <translation>配额：%L1 / %L2 个镜像</translation>
    </message>
    <message>
        <source>%L1 of %L2 images</source>
        <translation>%L1 / %L2 个镜像</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>The images of this view. The context menu (Menu key) holds what can be done with the selected images.</source>
        <translation>此视图中的镜像。上下文菜单（菜单键）包含可对所选镜像执行的操作。</translation>
    </message>
    <message>
        <source>Image views</source>
        <translation>镜像视图</translation>
    </message>
    <message>
        <source>Search images</source>
        <translation>搜索镜像</translation>
    </message>
    <message>
        <source>More toolbar actions</source>
        <translation>更多工具栏操作</translation>
    </message>
    <message>
        <source>Loading images</source>
        <translation>正在加载镜像</translation>
    </message>
    <message>
        <source>Profile %1, region %2, marked %3</source>
        <translation>配置文件 %1，区域 %2，标记为%3</translation>
    </message>
    <message>
        <source>Connection: offline</source>
        <translation>连接：离线</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>连接：在线</translation>
    </message>
    <message>
        <source>Connection: reconnecting</source>
        <translation>连接：正在重新连接</translation>
    </message>
    <message>
        <source>Connection: login failed</source>
        <translation>连接：登录失败</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
</context>
<context>
    <name>ims::ObsFileForm</name>
    <message>
        <source>OBS object, as bucket:path</source>
        <translation>OBS 对象，格式为 桶:路径</translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation>桶:路径/image.qcow2</translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <translation>对象(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>ims::OperationsController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Upload a file, import one from OBS, or make an image of a server or a backup (Ctrl+I); or drop a file on the window</source>
        <translation>上传文件、从 OBS 导入文件，或使用云服务器或备份创建镜像（Ctrl+I）；也可将文件拖放到窗口上</translation>
    </message>
    <message>
        <source>&amp;Create from server…</source>
        <translation>从云服务器创建(&amp;C)…</translation>
    </message>
    <message>
        <source>Replicate &amp;here</source>
        <translation>在本区域复制(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;plicate…</source>
        <translation>复制(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Share…</source>
        <translation>共享(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Accept share</source>
        <translation>接受共享(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject share</source>
        <translation>拒绝共享(&amp;J)</translation>
    </message>
    <message>
        <source>Replicate the selected image in its region as &lt;name&gt;-copy</source>
        <translation>在镜像所在区域复制所选镜像，命名为 &lt;名称&gt;-copy</translation>
    </message>
    <message>
        <source>This cloud has no IMS extension API.</source>
        <translation>此云没有 IMS 扩展 API。</translation>
    </message>
    <message>
        <source>Retrying a job</source>
        <translation>正在重试任务</translation>
    </message>
    <message>
        <source>Replicating %1</source>
        <translation>正在复制 %1</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Deleting %1</source>
        <translation>正在删除 %1</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>正在保存 %1</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>正在共享</translation>
    </message>
    <message>
        <source>Answering a share</source>
        <translation>正在答复共享</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>正在创建 %1</translation>
    </message>
    <message>
        <source>Loading servers</source>
        <translation>正在加载云服务器</translation>
    </message>
    <message>
        <source>Stopping the server</source>
        <translation>正在关闭云服务器</translation>
    </message>
    <message>
        <source>Loading the OS versions</source>
        <translation>正在加载操作系统版本</translation>
    </message>
    <message>
        <source>Loading the quota</source>
        <translation>正在加载配额</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>Cancelling an upload</source>
        <translation>正在取消上传</translation>
    </message>
    <message>
        <source>The job belongs to %1, whose jobs are not followed in this window: log in to %1 to retry it.</source>
        <translation>该任务属于 %1，此窗口未跟踪其任务：请登录 %1 后再重试。</translation>
    </message>
</context>
<context>
    <name>ims::Profile</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置文件需要一个名称。</translation>
    </message>
    <message>
        <source>A profile name has at most %1 characters.</source>
        <translation>配置文件名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A profile name cannot start or end with a space.</source>
        <translation>配置文件名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name may hold letters, digits, spaces and - _ . ( ) @ + only, not %1.</source>
        <translation>配置文件名称只能包含字母、数字、空格和 - _ . ( ) @ +，不能包含 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the profile from the OS_* environment; choose another name.</source>
        <translation>“%1”是来自 OS_* 环境变量的配置文件名称；请另选一个名称。</translation>
    </message>
    <message>
        <source>OS_ACCESS_KEY is set but OS_SECRET_KEY is not</source>
        <translation>已设置 OS_ACCESS_KEY，但未设置 OS_SECRET_KEY</translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_IMAGE_ENDPOINT (there is no catalog)</source>
        <translation>AK/SK 签名需要 OS_IMAGE_ENDPOINT（没有服务目录）</translation>
    </message>
    <message>
        <source>AK/SK signing needs OS_PROJECT_ID or OS_AUTH_URL</source>
        <translation>AK/SK 签名需要 OS_PROJECT_ID 或 OS_AUTH_URL</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation>名为“%1”的配置文件已存在（名称比较不区分大小写）。</translation>
    </message>
</context>
<context>
    <name>ims::ProfileDialog</name>
    <message>
        <source>Profiles — imsdesk</source>
        <translation>配置文件 — imsdesk</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Fill in the connection and press Test or Connect.</source>
        <translation>填写连接信息，然后点击“测试”或“连接”。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>clouds.yaml: %1</source>
        <translation>clouds.yaml：%1</translation>
    </message>
    <message>
        <source>Choose a clouds.yaml file…</source>
        <translation>选择 clouds.yaml 文件…</translation>
    </message>
    <message>
        <source>Import clouds.yaml</source>
        <translation>导入 clouds.yaml</translation>
    </message>
    <message>
        <source>OpenStack clouds (*.yaml *.yml);;All files (*)</source>
        <translation>OpenStack 云 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
</context>
<context>
    <name>ims::ProfileForm</name>
    <message>
        <source>No colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Red (production)</source>
        <translation>红色（生产）</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green (test)</source>
        <translation>绿色（测试）</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
    <message>
        <source>e.g. OTC production</source>
        <translation>例如 OTC 生产环境</translation>
    </message>
    <message>
        <source>OpenStack (custom Keystone URL)</source>
        <translation>OpenStack（自定义 Keystone URL）</translation>
    </message>
    <message>
        <source>https://keystone.example.org:5000</source>
        <translation>https://keystone.example.org:5000</translation>
    </message>
    <message>
        <source>from the service catalog</source>
        <translation>来自服务目录</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Access key / secret key (AK/SK)</source>
        <translation>访问密钥 / 秘密访问密钥（AK/SK）</translation>
    </message>
    <message>
        <source>account or domain name</source>
        <translation>账号名或域名</translation>
    </message>
    <message>
        <source>e.g. eu-de or eu-de_myproject</source>
        <translation>例如 eu-de 或 eu-de_myproject</translation>
    </message>
    <message>
        <source>wins over the name; needed for AK/SK</source>
        <translation>优先于名称；AK/SK 必需</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>系统证书</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (passwords and tokens travel unencrypted)</source>
        <translation>允许明文 HTTP（密码和令牌以未加密方式传输）(&amp;H)</translation>
    </message>
    <message>
        <source>Remember credentials in the system keychain</source>
        <translation>在系统密钥环中记住凭据</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Identity URL:</source>
        <translation>认证 URL(&amp;I)：</translation>
    </message>
    <message>
        <source>I&amp;mage endpoint:</source>
        <translation>镜像服务终端节点(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>域(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Access &amp;key:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject name:</source>
        <translation>项目名称(&amp;J)：</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA 证书包(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>as in the catalog, e.g. RegionOne</source>
        <translation>与服务目录一致，例如 RegionOne</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA 证书包（PEM）</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The identity URL</source>
        <translation>认证 URL</translation>
    </message>
    <message>
        <source>The image endpoint</source>
        <translation>镜像服务终端节点</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>the identity URL</source>
        <translation>认证 URL</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>a project name or ID</source>
        <translation>项目名称或 ID</translation>
    </message>
    <message>
        <source>the access key</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>the secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>the image endpoint (AK/SK has no service catalog)</source>
        <translation>镜像服务终端节点（AK/SK 没有服务目录）</translation>
    </message>
    <message>
        <source>the project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Please enter %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>选择 CA 证书包文件</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>云(&amp;L)：</translation>
    </message>
    <message>
        <source>Secret ke&amp;y:</source>
        <translation>秘密访问密钥(&amp;Y)：</translation>
    </message>
    <message>
        <source>Proj&amp;ect ID:</source>
        <translation>项目 ID(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>ims::ProfileSwitcher</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Switch to another profile or region, or manage profiles</source>
        <translation>切换到其他配置文件或区域，或管理配置文件</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置文件(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ims::ProxySettings</name>
    <message>
        <source>A manual proxy needs a host name or address.</source>
        <translation>手动代理需要主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name only, without &quot;http://&quot;.</source>
        <translation>请只输入代理的主机名，不要带“http://”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>“%1”不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>The proxy port must be between 1 and 65535.</source>
        <translation>代理端口必须在 1 到 65535 之间。</translation>
    </message>
</context>
<context>
    <name>ims::QueuedImageForm</name>
    <message>
        <source>Queued image to register the file as</source>
        <translation>要将文件注册到的排队中镜像</translation>
    </message>
    <message>
        <source>OBS object to register, as bucket:path</source>
        <translation>要注册的 OBS 对象，格式为 桶:路径</translation>
    </message>
    <message>
        <source>bucket:path/to/image.qcow2</source>
        <translation>桶:路径/image.qcow2</translation>
    </message>
    <message>
        <source>Queued i&amp;mage:</source>
        <translation>排队中的镜像(&amp;M)：</translation>
    </message>
    <message>
        <source>Fil&amp;e in OBS:</source>
        <translation>OBS 中的文件(&amp;E)：</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>No image of the project is queued</source>
        <translation>项目中没有排队中的镜像</translation>
    </message>
    <message>
        <source>Choose the queued image</source>
        <translation>选择排队中的镜像</translation>
    </message>
    <message>
        <source>Choose the queued image to register the file as.</source>
        <translation>请选择要将文件注册到的排队中镜像。</translation>
    </message>
</context>
<context>
    <name>ims::RegionBar</name>
    <message>
        <source>Regions:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Group copies</source>
        <translation>副本分组</translation>
    </message>
    <message>
        <source>Sort each image&apos;s copies under it, whatever their region</source>
        <translation>将每个镜像的副本排在其下方，无论位于哪个区域</translation>
    </message>
    <message>
        <source>%1 could not be listed: %2</source>
        <translation>无法列出 %1：%2</translation>
    </message>
    <message>
        <source>Profil&amp;es</source>
        <translation>配置文件(&amp;E)</translation>
    </message>
    <message>
        <source>Profiles in the inventory</source>
        <translation>清单中的配置文件</translation>
    </message>
    <message>
        <source>Choose which saved profiles join the All regions view</source>
        <translation>选择哪些已保存的配置文件加入“所有区域”视图</translation>
    </message>
    <message>
        <source>The window&apos;s profile is always in the view</source>
        <translation>窗口的配置文件始终在视图中</translation>
    </message>
</context>
<context>
    <name>ims::ReplicateDialog</name>
    <message>
        <source>Replicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Replicate %1 images</source>
        <translation>复制 %1 个镜像</translation>
    </message>
    <message>
        <source>%1 stands for each image&apos;s own name.</source>
        <translation>%1 代表每个镜像自己的名称。</translation>
    </message>
    <message>
        <source>optional: KMS key ID for an encrypted copy in this region</source>
        <translation>可选：用于在该区域生成加密副本的 KMS 密钥 ID</translation>
    </message>
    <message>
        <source>Target region</source>
        <translation>目标区域</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>IAM agency</source>
        <translation>IAM 委托</translation>
    </message>
    <message>
        <source>%1 (this region)</source>
        <translation>%1（本区域）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Encryption key:</source>
        <translation>加密密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Replicate to (one job per image and target):</source>
        <translation>复制到（每个镜像和目标各一个任务）：</translation>
    </message>
    <message>
        <source>&amp;Replicate</source>
        <translation>复制(&amp;R)</translation>
    </message>
    <message>
        <source>Choose at least one target.</source>
        <translation>请至少选择一个目标。</translation>
    </message>
    <message>
        <source>%1: enter the project and the IAM agency that lets IMS act there.</source>
        <translation>%1：请输入项目，以及允许 IMS 在该处操作的 IAM 委托。</translation>
    </message>
    <message>
        <source>Target regions</source>
        <translation>目标区域</translation>
    </message>
</context>
<context>
    <name>ims::ServerListModel</name>
    <message>
        <source>Stop the server before creating an image from it.</source>
        <translation>从云服务器创建镜像前，请先关闭该云服务器。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>云服务器</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>ims::ServerSourceForm</name>
    <message>
        <source>Search servers</source>
        <translation>搜索云服务器</translation>
    </message>
    <message>
        <source>name, status, flavor, OS or ID</source>
        <translation>名称、状态、规格、操作系统或 ID</translation>
    </message>
    <message>
        <source>Servers of the project</source>
        <translation>项目中的云服务器</translation>
    </message>
    <message>
        <source>S&amp;ystem disk</source>
        <translation>系统盘(&amp;Y)</translation>
    </message>
    <message>
        <source>F&amp;ull-ECS image (all its disks)</source>
        <translation>整机镜像（所有磁盘）(&amp;U)</translation>
    </message>
    <message>
        <source>Its da&amp;ta disks</source>
        <translation>其数据盘(&amp;T)</translation>
    </message>
    <message>
        <source>Data disks of the server: check those to make images of, and name each image</source>
        <translation>云服务器的数据盘：勾选要创建镜像的数据盘，并为每个镜像命名</translation>
    </message>
    <message>
        <source>Data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Dis&amp;ks:</source>
        <translation>磁盘(&amp;K)：</translation>
    </message>
    <message>
        <source>Searc&amp;h servers:</source>
        <translation>搜索云服务器(&amp;H)：</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1-%2</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <source>Choose the server to make an image of.</source>
        <translation>请选择要创建镜像的云服务器。</translation>
    </message>
    <message>
        <source>%1 has no data disks.</source>
        <translation>%1 没有数据盘。</translation>
    </message>
    <message>
        <source>Check the data disks to make images of.</source>
        <translation>请勾选要创建镜像的数据盘。</translation>
    </message>
    <message>
        <source>Image of %1: %2</source>
        <translation>%1 的镜像：%2</translation>
    </message>
</context>
<context>
    <name>ims::ServerUsage</name>
    <message>
        <source>1 server in %1</source>
        <translation>%1 中的 1 台云服务器</translation>
    </message>
    <message>
        <source>%1 servers in %2</source>
        <translation>%2 中的 %1 台云服务器</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>%1 was created from it</source>
        <translation>已使用此镜像创建了%1</translation>
    </message>
    <message>
        <source>%1 were created from it</source>
        <translation>已使用此镜像创建了%1</translation>
    </message>
</context>
<context>
    <name>ims::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Listing</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>Net&amp;work</source>
        <translation>网络(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Notify when a long job ends</source>
        <translation>长任务结束时通知(&amp;N)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Jobs that ran at least this long are announced when they end.</source>
        <translation>运行时间至少达到此时长的任务结束时会发出通知。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Jobs running at lea&amp;st:</source>
        <translation>任务运行至少(&amp;S)：</translation>
    </message>
    <message>
        <source>Ask before &amp;deleting images</source>
        <translation>删除镜像前询问(&amp;D)</translation>
    </message>
    <message>
        <source>Without asking, images go at once when nothing else depends on them; shared, protected and full-ECS images still show what deleting them affects.</source>
        <translation>不询问时，没有其他依赖的镜像会被立即删除；共享、受保护和整机镜像仍会显示删除它们的影响。</translation>
    </message>
    <message>
        <source>Ask before &amp;quitting while jobs started here run</source>
        <translation>在此启动的任务运行时，退出前询问(&amp;Q)</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Same as the desktop</source>
        <translation>与桌面相同</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>仅警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Debugging (every request)</source>
        <translation>调试（每个请求）</translation>
    </message>
    <message>
        <source>Appearance and log</source>
        <translation>外观和日志</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Log le&amp;vel:</source>
        <translation>日志级别(&amp;V)：</translation>
    </message>
    <message>
        <source>How often the list reads what changed in the cloud.</source>
        <translation>列表读取云端变更的频率。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>How often the whole list is read again (deleted images show there; F5 does it too).</source>
        <translation>重新读取整个列表的频率（已删除的镜像会在此时消失；按 F5 也会重新读取）。</translation>
    </message>
    <message>
        <source>Pages of a large listing read at once.</source>
        <translation>大型列表同时读取的页数。</translation>
    </message>
    <message>
        <source>Read &amp;changes every:</source>
        <translation>读取变更间隔(&amp;C)：</translation>
    </message>
    <message>
        <source>Read &amp;everything every:</source>
        <translation>读取全部间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Pages read at once:</source>
        <translation>同时读取页数(&amp;P)：</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统的代理设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Manual proxy:</source>
        <translation>手动代理(&amp;M)：</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s keychain, never in a file.</source>
        <translation>保存在桌面的密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;assword:</source>
        <translation>密码(&amp;A)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language of the window, and how dates, sizes and numbers are written. Takes effect at the next start.</source>
        <translation>窗口的语言，以及日期、大小和数字的格式。下次启动时生效。</translation>
    </message>
    <message>
        <source>W&amp;indow language (at the next start):</source>
        <translation>窗口语言（下次启动时生效）(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>ims::ShareDialog</name>
    <message>
        <source>Share %1</source>
        <translation>共享 %1</translation>
    </message>
    <message>
        <source>Share %1 images</source>
        <translation>共享 %1 个镜像</translation>
    </message>
    <message>
        <source>Project IDs to share with, one per line or separated by commas</source>
        <translation>要共享给的项目 ID，每行一个或以逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Share with:</source>
        <translation>共享给(&amp;S)：</translation>
    </message>
    <message>
        <source>Current members (untick to stop sharing):</source>
        <translation>当前成员（取消勾选以停止共享）：</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>Not shared with any project yet.</source>
        <translation>尚未共享给任何项目。</translation>
    </message>
    <message>
        <source>You cannot share an image with your own project (IMG.0076).</source>
        <translation>不能将镜像共享给您自己的项目（IMG.0076）。</translation>
    </message>
    <message>
        <source>Current members</source>
        <translation>当前成员</translation>
    </message>
</context>
<context>
    <name>ims::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ims::diskimage</name>
    <message>
        <source>%1 starts like a %2 image but its header is cut short (the file has %3 bytes).</source>
        <translation>%1 的开头像 %2 镜像，但其文件头不完整（文件只有 %3 字节）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose an image file.</source>
        <translation>%1 是文件夹；请选择镜像文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; choose an image file.</source>
        <translation>%1 不是普通文件；请选择镜像文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
</context>
<context>
    <name>ims::recipes</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>data disk</source>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>quick import</source>
        <translation>快速导入</translation>
    </message>
    <message>
        <source>%1 → %2 in %3</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>server %1 → %2</source>
        <translation>云服务器 %1 → %2</translation>
    </message>
    <message>
        <source>%n image(s)</source>
        <translation>%n 个镜像</translation>
    </message>
    <message>
        <source>%n project(s)</source>
        <translation>%n 个项目</translation>
    </message>
    <message>
        <source>server %1 (whole) → %2</source>
        <translation>云服务器 %1（整机）→ %2</translation>
    </message>
    <message>
        <source>backup %1 → %2</source>
        <translation>备份 %1 → %2</translation>
    </message>
    <message>
        <source>server %1 (data disks) → %2</source>
        <translation>云服务器 %1（数据盘）→ %2</translation>
    </message>
    <message>
        <source>Share %1 with %2</source>
        <translation>将%1共享给%2</translation>
    </message>
    <message>
        <source>Stop sharing %1 with %2</source>
        <translation>停止将%1共享给%2</translation>
    </message>
    <message>
        <source>Accept %1 shared with this project</source>
        <translation>接受共享给本项目的%1</translation>
    </message>
    <message>
        <source>Reject %1 shared with this project</source>
        <translation>拒绝共享给本项目的%1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
</context>
<context>
    <name>ims::rules</name>
    <message>
        <source>An ISO image is for installing an operating system on a temporary server, from which you then make a system disk image; it cannot be exported or replicated, and IMS refuses most other operations on it (IMG.0167).</source>
        <translation>ISO 镜像用于在临时云服务器上安装操作系统，然后再用该云服务器创建系统盘镜像；ISO 镜像不能导出或复制，IMS 也拒绝对其执行大多数其他操作（IMG.0167）。</translation>
    </message>
    <message>
        <source>Min RAM cannot be negative (%1 MB).</source>
        <translation>最小内存不能为负数（%1 MB）。</translation>
    </message>
    <message>
        <source>Max RAM cannot be negative (%1 MB).</source>
        <translation>最大内存不能为负数（%1 MB）。</translation>
    </message>
    <message>
        <source>Min RAM %1 MB is more than max RAM %2 MB.</source>
        <translation>最小内存 %1 MB 大于最大内存 %2 MB。</translation>
    </message>
    <message>
        <source>The image quota is full: %1 of %2 private images are in use. Delete images or ask for a larger quota (IMG.0015).</source>
        <translation>镜像配额已满：已使用 %1 / %2 个私有镜像。请删除镜像或申请更大的配额（IMG.0015）。</translation>
    </message>
    <message>
        <source>This makes %1 images, but only %2 of the quota of %3 private images are left (IMG.0015).</source>
        <translation>此操作将创建 %1 个镜像，但 %3 个私有镜像的配额只剩 %2 个（IMG.0015）。</translation>
    </message>
    <message>
        <source>The cloud does not list the OS version &quot;%1&quot;; pick one from its list (IMG.0056).</source>
        <translation>云端未列出操作系统版本“%1”；请从其列表中选择（IMG.0056）。</translation>
    </message>
    <message>
        <source>Min disk %1 GB is outside the %2-%3 GB IMS allows for %4.</source>
        <translation>最小磁盘 %1 GB 超出了 IMS 对%4允许的 %2-%3 GB 范围。</translation>
    </message>
    <message>
        <source>Choose the file to upload.</source>
        <translation>请选择要上传的文件。</translation>
    </message>
    <message>
        <source>IMS makes data disk images only from a file in OBS: upload %1 to a bucket and import it from there as a data disk, or upload it here as a system disk image.</source>
        <translation>IMS 只能使用 OBS 中的文件创建数据盘镜像：请将 %1 上传到桶中，再从那里作为数据盘导入；或在此将其作为系统盘镜像上传。</translation>
    </message>
    <message>
        <source>Plain OpenStack has no data disk images; upload %1 as an image.</source>
        <translation>原生 OpenStack 没有数据盘镜像；请将 %1 作为镜像上传。</translation>
    </message>
    <message>
        <source>%1 is %2; IMS takes direct uploads below 128 GB. Upload it to an OBS bucket and import it from there.</source>
        <translation>%1 的大小为 %2；IMS 只接受 128 GB 以下的直接上传。请将其上传到 OBS 桶中，再从那里导入。</translation>
    </message>
    <message>
        <source>IMS&apos;s direct upload takes qcow2, VHD and raw files; %1 is %2. Upload it to an OBS bucket and import it from there (IMS imports %2 files from OBS).</source>
        <translation>IMS 的直接上传只接受 qcow2、VHD 和 raw 文件；%1 是 %2 格式。请将其上传到 OBS 桶中，再从那里导入（IMS 可以从 OBS 导入 %2 文件）。</translation>
    </message>
    <message>
        <source>IMS makes ISO images only from a file in OBS: upload %1 to a bucket and import it from there as an ISO file.</source>
        <translation>IMS 只能使用 OBS 中的文件创建 ISO 镜像：请将 %1 上传到桶中，再从那里作为 ISO 文件导入。</translation>
    </message>
    <message>
        <source>The format of %1 is not known; the cloud takes qcow2, VMDK, VHD, VHDX, raw and ISO files.</source>
        <translation>%1 的格式未知；云端接受 qcow2、VMDK、VHD、VHDX、raw 和 ISO 文件。</translation>
    </message>
    <message>
        <source>%1 is in %2 format, not %3 as chosen; choose %4.</source>
        <translation>%1 是 %2 格式，而不是所选的 %3；请选择 %4。</translation>
    </message>
    <message>
        <source>%1 is not an ISO file (it is %2).</source>
        <translation>%1 不是 ISO 文件（它是 %2）。</translation>
    </message>
    <message>
        <source>%1 is named as %2 but its contents are %3; it is uploaded as %3.</source>
        <translation>%1 的文件名表明是 %2，但其内容是 %3；将作为 %3 上传。</translation>
    </message>
    <message>
        <source>Min disk will be %1 GB, the size of the disk inside %2.</source>
        <translation>最小磁盘将为 %1 GB，即 %2 中磁盘的大小。</translation>
    </message>
    <message>
        <source>The disk inside %1 is %2 GB; IMS images take at most %3 GB.</source>
        <translation>%1 中的磁盘为 %2 GB；IMS 镜像最大为 %3 GB。</translation>
    </message>
    <message>
        <source>Min disk %1 GB is less than the %2 GB disk inside %3.</source>
        <translation>最小磁盘 %1 GB 小于 %3 中 %2 GB 的磁盘。</translation>
    </message>
    <message>
        <source>a system disk image</source>
        <translation>系统盘镜像</translation>
    </message>
    <message>
        <source>Min disk cannot be negative (%1 GB).</source>
        <translation>最小磁盘不能为负数（%1 GB）。</translation>
    </message>
    <message>
        <source>Quick import takes only RAW and ZVHD2 files; %1 is neither. Import it without quick import.</source>
        <translation>快速导入只接受 RAW 和 ZVHD2 文件；%1 都不是。请不使用快速导入进行导入。</translation>
    </message>
    <message>
        <source>%1 looks like an ISO file; mark it as ISO to make an ISO image.</source>
        <translation>%1 看起来是 ISO 文件；请将其标记为 ISO 以创建 ISO 镜像。</translation>
    </message>
    <message>
        <source>An ISO file cannot become a data disk image.</source>
        <translation>ISO 文件不能用于数据盘镜像。</translation>
    </message>
    <message>
        <source>Quick import does not take ISO files.</source>
        <translation>快速导入不接受 ISO 文件。</translation>
    </message>
    <message>
        <source>Enter the min disk: IMS cannot read the size of the disk inside a file in OBS before importing it.</source>
        <translation>请输入最小磁盘：导入前 IMS 无法读取 OBS 中文件内的磁盘大小。</translation>
    </message>
    <message>
        <source>a data disk image</source>
        <translation>数据盘镜像</translation>
    </message>
    <message>
        <source>An ISO file needs its OS version (IMG.0166).</source>
        <translation>ISO 文件需要指定操作系统版本（IMG.0166）。</translation>
    </message>
    <message>
        <source>Quick import of a system disk needs its OS version.</source>
        <translation>系统盘的快速导入需要指定操作系统版本。</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>请选择用于创建镜像的云服务器。</translation>
    </message>
    <message>
        <source>Choose at least one data disk.</source>
        <translation>请至少选择一个数据盘。</translation>
    </message>
    <message>
        <source>The data disk image &quot;%1&quot; has no disk chosen.</source>
        <translation>数据盘镜像“%1”未选择磁盘。</translation>
    </message>
    <message>
        <source>Data disk %1: %2</source>
        <translation>数据盘 %1：%2</translation>
    </message>
    <message>
        <source>Enter the ID of the CBR backup to make the image from.</source>
        <translation>请输入用于创建镜像的 CBR 备份的 ID。</translation>
    </message>
    <message>
        <source>Choose the queued image to fill.</source>
        <translation>请选择要填充的排队中镜像。</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported or replicated, and only one made from a CBR backup can be shared.</source>
        <translation>整机镜像不能导出或复制，并且只有由 CBR 备份创建的整机镜像可以共享。</translation>
    </message>
    <message>
        <source>Plain OpenStack only takes files uploaded from this computer; OBS files, servers, backups and registering need IMS.</source>
        <translation>原生 OpenStack 只接受从本计算机上传的文件；OBS 文件、云服务器、备份和注册镜像都需要 IMS。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most 128 are allowed.</source>
        <translation>名称有 %1 个字符；最多允许 128 个。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Use only letters, digits, spaces, &apos;-&apos;, &apos;.&apos; and &apos;_&apos; in the name.</source>
        <translation>名称中只能使用字母、数字、空格、“-”、“.”和“_”。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most 1024 are allowed.</source>
        <translation>描述有 %1 个字符；最多允许 1024 个。</translation>
    </message>
    <message>
        <source>The description must be a single line.</source>
        <translation>描述必须为单行。</translation>
    </message>
    <message>
        <source>The description cannot contain &apos;&lt;&apos; or &apos;&gt;&apos;.</source>
        <translation>描述中不能包含“&lt;”或“&gt;”。</translation>
    </message>
    <message>
        <source>A tag needs a key, as in env=prod.</source>
        <translation>标签需要一个键，例如 env=prod。</translation>
    </message>
    <message>
        <source>Tag key &quot;%1&quot; is longer than 36 characters.</source>
        <translation>标签键“%1”超过 36 个字符。</translation>
    </message>
    <message>
        <source>The value of tag &quot;%1&quot; is longer than 43 characters.</source>
        <translation>标签“%1”的值超过 43 个字符。</translation>
    </message>
    <message>
        <source>Tag &quot;%1&quot;: use only letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>标签“%1”：只能使用字母、数字、“_”和“-”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID (32 lower-case hexadecimal characters).</source>
        <translation>“%1”不是项目 ID（32 个小写十六进制字符）。</translation>
    </message>
    <message>
        <source>Only active images can be replicated; this one is %1.</source>
        <translation>只有状态正常的镜像才能复制；此镜像的状态为%1。</translation>
    </message>
    <message>
        <source>Full-ECS images cannot be replicated.</source>
        <translation>整机镜像不能复制。</translation>
    </message>
    <message>
        <source>ISO images cannot be replicated.</source>
        <translation>ISO 镜像不能复制。</translation>
    </message>
    <message>
        <source>Accept the shared image before replicating it (IMG.0196).</source>
        <translation>复制共享镜像前请先接受它（IMG.0196）。</translation>
    </message>
    <message>
        <source>Shared images encrypted with KMS cannot be replicated (IMG.0197).</source>
        <translation>使用 KMS 加密的共享镜像不能复制（IMG.0197）。</translation>
    </message>
    <message>
        <source>Encrypted images cannot be replicated to another region.</source>
        <translation>加密镜像不能跨区域复制。</translation>
    </message>
    <message>
        <source>Images over 128 GB cannot be replicated to another region (this one is %1).</source>
        <translation>超过 128 GB 的镜像不能跨区域复制（此镜像为 %1）。</translation>
    </message>
    <message>
        <source>Public images cannot be deleted (IMG.0094).</source>
        <translation>公共镜像不能删除（IMG.0094）。</translation>
    </message>
    <message>
        <source>This image belongs to another project; reject the share instead.</source>
        <translation>此镜像属于其他项目；请改为拒绝共享。</translation>
    </message>
    <message>
        <source>Images being created cannot be deleted (IMG.0090).</source>
        <translation>正在创建的镜像不能删除（IMG.0090）。</translation>
    </message>
    <message>
        <source>Protected images cannot be deleted, and IMS does not let users unprotect them (IMG.0028).</source>
        <translation>受保护的镜像不能删除，并且 IMS 不允许用户取消其保护（IMG.0028）。</translation>
    </message>
    <message>
        <source>Shared with 1 project, which loses access.</source>
        <translation>已共享给 1 个项目，该项目将失去访问权限。</translation>
    </message>
    <message>
        <source>Shared with %1 projects, which lose access.</source>
        <translation>已共享给 %1 个项目，这些项目将失去访问权限。</translation>
    </message>
    <message>
        <source>Only the owner of an image can change it.</source>
        <translation>只有镜像的所有者才能修改它。</translation>
    </message>
    <message>
        <source>OpenStack images have no maximum RAM.</source>
        <translation>OpenStack 镜像没有最大内存。</translation>
    </message>
    <message>
        <source>IMS does not let data disk images be changed (IMG.0168).</source>
        <translation>IMS 不允许修改数据盘镜像（IMG.0168）。</translation>
    </message>
    <message>
        <source>IMS changes only active images; this one is %1.</source>
        <translation>IMS 只能修改状态正常的镜像；此镜像的状态为%1。</translation>
    </message>
    <message>
        <source>IMS does not let users change the minimum disk of an image.</source>
        <translation>IMS 不允许用户修改镜像的最小磁盘。</translation>
    </message>
    <message>
        <source>IMS does not let users change the protection of an image.</source>
        <translation>IMS 不允许用户修改镜像的保护属性。</translation>
    </message>
    <message>
        <source>Public images cannot be shared (IMG.0089).</source>
        <translation>公共镜像不能共享（IMG.0089）。</translation>
    </message>
    <message>
        <source>Only the owner of an image can share it.</source>
        <translation>只有镜像的所有者才能共享它。</translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation>只有状态正常的镜像才能共享；此镜像的状态为%1。</translation>
    </message>
    <message>
        <source>Enter the OBS file as bucket:file, for example my-bucket:images/web.qcow2.</source>
        <translation>请以 桶:文件 的格式输入 OBS 文件，例如 my-bucket:images/web.qcow2。</translation>
    </message>
    <message>
        <source>Only active images can be exported; this one is %1.</source>
        <translation>只有状态正常的镜像才能导出；此镜像的状态为%1。</translation>
    </message>
    <message>
        <source>Full-ECS images cannot be exported.</source>
        <translation>整机镜像不能导出。</translation>
    </message>
    <message>
        <source>ISO images cannot be exported.</source>
        <translation>ISO 镜像不能导出。</translation>
    </message>
    <message>
        <source>Only your own private images can be exported.</source>
        <translation>只能导出您自己的私有镜像。</translation>
    </message>
    <message>
        <source>Images of 1 TB or more cannot be exported.</source>
        <translation>1 TB 及以上的镜像不能导出。</translation>
    </message>
    <message>
        <source>Images over 128 GB can only be exported with quick export (IMG.0160).</source>
        <translation>超过 128 GB 的镜像只能使用快速导出（IMG.0160）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The OS_* environment does not describe a cloud: %1</source>
        <translation>OS_* 环境变量未描述任何云：%1</translation>
    </message>
    <message>
        <source>imsdesk is already running: %1</source>
        <translation>imsdesk 已在运行：%1</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>无法启动沙箱：%1</translation>
    </message>
</context>
</TS>
